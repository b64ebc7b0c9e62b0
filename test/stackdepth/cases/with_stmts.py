# with statements: as-targets, multiple items, nesting, return/break inside.
import threading

lock = threading.Lock()
with lock:
    shared = 1


def read(path):
    with open(path) as f:
        return f.read()


def two(a, b):
    with open(a) as fa, open(b) as fb:
        data = fa.read() + fb.read()
    return data


def three(a):
    with a as x, a as y, a as z:
        pass
    return x, y, z


def nested(a, b):
    with a:
        with b as bb:
            bb.write('x')
    return None


def in_loop(files):
    out = []
    for name in files:
        with open(name) as f:
            if not f:
                break
            if f is None:
                continue
            out.append(f.read())
    return out


def target_tuple(cm):
    with cm as (a, b):
        return a + b


def target_attr(cm, obj):
    with cm as obj.attr:
        pass
    with cm as obj[0]:
        pass


def with_try(cm):
    try:
        with cm:
            raise ValueError
    except ValueError:
        return 1


def return_value_inside(cm, f):
    with cm:
        return f(1, 2, 3)
