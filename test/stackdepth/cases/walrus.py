# Assignment expressions (walrus).
import re

if (m := re.match('a', 'abc')) is not None:
    found = m.group(0)


def read_all(f):
    chunks = []
    while (chunk := f.read(10)):
        chunks.append(chunk)
    return chunks


def in_comprehension(items):
    return [y for x in items if (y := x * 2) > 3], y


def in_genexp(items):
    return any((last := x) > 5 for x in items), last


def in_condition(data):
    if (n := len(data)) > 10:
        return n
    return -n


def nested_walrus(a):
    return (b := (c := a + 1) * 2) + b + c


def walrus_call(f):
    print(r := f(), r)
    return r


values = [z for w in range(3) if (z := w + 1)]
