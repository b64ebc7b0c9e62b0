# match: what matching allocates, seen in gc.get_count() (no print in between: stdout's buffer list would move the counts) -- 3.10 builds the MATCH_CLASS/MATCH_KEYS tuples from lists
import gc

class Point:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x, self.y = 1, 2

p = Point()
d = {"k": 1, "z": 2}
lst = [1, 2, 3]
gc.collect()

results = [0] * 6

def delta(i, f):
    before = gc.get_count()[0]
    f()
    results[i] = gc.get_count()[0] - before

def cls_pos():
    match p:
        case Point(1, 2):
            pass
def cls_kw_fail():
    match p:
        case Point(x=9):
            pass
def keys():
    match d:
        case {"k": 1, "z": _}:
            pass
def rest():
    match d:
        case {"k": 1, **others}:
            pass
def star():
    match lst:
        case [first, *others]:
            pass
def no_match():
    match d:
        case [1, 2] | Point() | {"missing": _}:
            pass

tests = (cls_pos, cls_kw_fail, keys, rest, star, no_match)
for i in range(6):
    delta(i, tests[i])
for f, n in zip(tests, results):
    print(f.__name__, n)
