# match: sequence patterns check the type (list, tuple, range, deque; never str/bytes) and the length; a starred name gets a new list sized by list_extend
import sys
from collections import deque

def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"

for s in [[], [1], (1, 2), range(5), deque("abc"), "ab", b"ab", {1: 2}, {1, 2}]:
    print(repr(s), shape(s))

for n in [0, 1, 2, 5, 8, 9, 16, 17, 33]:
    items = list(range(n + 2))
    match items:
        case [head, *rest, tail]:
            print(n, len(rest), sys.getsizeof(rest))
    match tuple(items):
        case (*init, tail):
            print(" ", len(init), sys.getsizeof(init))

nested = [1, [2, [3, 4]], (5, 6)]
match nested:
    case [a, [b, [*cs]], (d, *es)]:
        print(a, b, cs, d, es, sys.getsizeof(cs), sys.getsizeof(es))
rows = [[1, 2], [3], [4, 5, 6]]
for row in rows:
    match row:
        case [x, *more] if more:
            print("row", x, more, sys.getrefcount(more))
        case [x]:
            print("single", x)
