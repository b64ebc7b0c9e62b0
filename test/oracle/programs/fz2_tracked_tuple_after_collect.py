# a constant tuple of atoms is untracked by the first full collection; records stay tracked
import gc
from collections import namedtuple
P = namedtuple("P", "x y")
gc.collect()
t = (1, 2, 3)
p = P(1, 2)
print(gc.is_tracked(t), gc.is_tracked(p), gc.is_tracked((1, [])), gc.is_tracked({"a": 1}))
u = tuple([1, 2])
print(gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(u), gc.is_tracked(p), gc.is_tracked(P(3, 4)))
