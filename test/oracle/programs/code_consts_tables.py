# co_consts of functions without nested code objects: docstring or None first, constants in the
# order the compiler adds them, 3.8's implicit None only without a final return, 3.10/3.11's
# trimmed tail, 3.12+'s unused ones removed, keyword-name and const-key tuples
def f(): return 1
def g():
    "doc"
    return 1
def h(a):
    x = 1.5
    if a: return 'x'
    return None
def k(a):
    return a + 2 + 2
def m():
    pass
def n(a, b):
    y = (1, 2)
    z = [1, 2, 3]
    w = {'a': 1, 'b': 2}
    print(a, b, 'hi', -1, 2**8)
    for i in range(3):
        if i == 2: break
    return y, z, w
class C:
    "cdoc"
    def meth(self): return self
print(f.__code__.co_consts, g.__code__.co_consts, h.__code__.co_consts, k.__code__.co_consts, m.__code__.co_consts, n.__code__.co_consts)
def loops(n):
    total = 0
    for i in range(10):
        if i % 3 == 0:
            continue
        total += i * 2.5
    while n > 0:
        n -= 1
        if n == 7:
            break
    else:
        total = -1
    return total
def excs(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = 'zero'
    except (TypeError, ValueError):
        y = None
    else:
        y = 'ok'
    finally:
        z = 99
    return y, z
def withs(p):
    with open(p) as f:
        data = f.read(100)
    return data
def fstr(a, b):
    return f"{a!r:>10} and {b:.3f} {'lit'}" + 'tail' + "%d%%" % a
def cmps(a):
    if 1 < a < 10 and a in [1, 2, 3] and a not in {4, 5}:
        return True
    assert a, 'msg'
    return a is None or a == 'str' or a != b'bytes'
def dead(a):
    if 0:
        return 'dead1'
    if False:
        x = 'dead2'
    return a
    print('after return')
def consts(a):
    return (1, 2, (3, 4)), -5, 3+4j, 10**20, 1e100, a[1:2], a[::2], 'x' * 3, ...
def calls(a, *, kw=5, kk='d'):
    print(a, sep='', end='\n')
    return dict(x=1, y=2), sorted(a, key=len, reverse=True)
def unpack(a):
    x, y = 1, 2
    p, q, r = a
    return x + y + p
def docd():
    """Docstring here."""
    return 42
def aug(a):
    a += 1
    a[0] += 1
    a.b += 2
    del a[1]
    return not a
def gen(n):
    yield 1
    yield from range(n)
    return 'done'
def boolops(a, b):
    return (a and b) or (not a and 'x') or 0
def subs(d):
    d['key'] = 'value'
    return d['key'], d.get('missing', 'dflt')
for fn in [loops, excs, withs, fstr, cmps, dead, consts, calls, unpack, docd, aug, gen, boolops, subs]:
    print(fn.__name__, fn.__code__.co_consts)
class K:
    def __init__(self, a, *, __p=1):
        self.__a = a
        self._b = {'x': a, 'y': 2}
    def m(self):
        return self.__a, super().__init__, type(self).__name__
def nested():
    def inner():
        return 1
    return inner
def lam():
    return (lambda x: x + 1)
def comp(xs):
    return [x * 2 for x in xs if x > 0]
def gcomp(xs):
    return sum(x for x in xs)
def dcomp(xs):
    return {k: 1 for k in xs}, {k for k in xs}
def matcher(p):
    return [1, 2, 3], [1, 2], {1: 'a', 2: 'b'}, {'s', 't'}, 2 ** 100, -0.0, 0.0, 1, 1.0, True
def tuples(a):
    b = (a, 1, 2)
    c = a, 'k'
    return (1, 2) + b, c, (), ('single',)
for fn in [K.__init__, K.m, matcher, tuples]:
    try:
        print(fn.__qualname__, fn.__code__.co_consts)
    except Exception as e:
        print('err', e)
