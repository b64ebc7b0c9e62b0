# WeakKeyDictionary iteration that raises (the dict changed size): the generator finishes as the exception leaves it, its guard gone from _iterating
import weakref
class C: pass
cs = [C() for i in range(3)]
d = weakref.WeakKeyDictionary({c: 1 for c in cs})
it = iter(d)
try:
    for k in it:
        d[C()] = 2
except RuntimeError as e:
    print(e, len(d._iterating), len(d), len(d._pending_removals))
del cs[0]
print(len(d), len(d._pending_removals))
try:
    next(it)
except StopIteration:
    print("stop")
