# asdict()/astuple() deep-copy other objects and recurse into containers of dataclasses
import sys
import gc
from dataclasses import dataclass, field, asdict, astuple
gc.collect()


class Thing:
    def __init__(self):
        self.v = [1]


@dataclass
class P:
    x: int
    y: int


@dataclass
class Holder:
    t: Thing
    ps: list
    m: dict
    s: frozenset = frozenset({1, 2})


h = Holder(Thing(), [P(1, 2), P(3, 4)], {1: P(5, 6)})
d = asdict(h)
print(type(d['t']).__name__, d['t'] is h.t, d['t'].v == h.t.v, d['ps'], d['m'])
print(sys.getsizeof(d['ps']), sys.getsizeof(d['m']), d['s'] is h.s)
t = astuple(h)
print(t[1], t[2], sys.getsizeof(t[1]))
print(asdict(P(1, 2)) == {'x': 1, 'y': 2}, astuple(P(1, 2)))
del d, t, h
print(gc.collect())
