# Sets and frozensets hold one reference per distinct member; adding a member twice adds nothing.
import sys
o = object()
s = set()
s.add(o)
s.add(o)
print(len(s), sys.getrefcount(o))
f = frozenset([o])
print(sys.getrefcount(o))
both = s | f
print(len(both), sys.getrefcount(o))
s.discard(o)
print(len(s), sys.getrefcount(o))
del f, both
print(sys.getrefcount(o))
nums = {3, 1, 2}
print(nums, frozenset({5, 4}), sorted(nums | {0, 9}))
print(3 in nums, 7 in nums)
