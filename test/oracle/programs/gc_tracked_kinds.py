# gc.is_tracked: containers that can form cycles are tracked, atoms are not; tuples and dicts untrack lazily.
import gc
class Slotted:
    __slots__ = ('a',)
def f():
    yield 1
print(gc.is_tracked(3.5), gc.is_tracked(b'x'), gc.is_tracked(range(3)), gc.is_tracked(10**30))
print(gc.is_tracked(f), gc.is_tracked(f()), gc.is_tracked(Slotted()), gc.is_tracked(frozenset()))
t1 = tuple([1, 'a'])
t2 = tuple([1, [2]])
d1 = dict(a=1)
d2 = dict(a=[1])
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(d1), gc.is_tracked(d2))
gc.collect()
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(d1), gc.is_tracked(d2))
d2['a'] = 5
gc.collect()
print(gc.is_tracked(d2))
nested = (t1, (1, 2))
print(gc.is_tracked(nested))
gc.collect()
print(gc.is_tracked(nested))
