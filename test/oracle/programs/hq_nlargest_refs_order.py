# heapq.nsmallest/nlargest: the references __lt__ and key functions see during the call, __del__ order of generated items, argument errors
import sys, gc
import heapq
gc.collect()
seen = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        seen.append((self.v, other.v, sys.getrefcount(self), sys.getrefcount(other)))
        return self.v < other.v
    def __del__(self):
        print('del', self.v)
ks = [K(v) for v in [4, 2, 6, 1, 5]]
print([k.v for k in heapq.nsmallest(2, ks)])
print(seen); seen.clear()
print([k.v for k in heapq.nlargest(2, ks)])
print(seen); seen.clear()
def key(x):
    seen.append(sys.getrefcount(x))
    return x.v
print([k.v for k in heapq.nsmallest(2, ks, key=key)])
print(seen); seen.clear()
print([k.v for k in heapq.nlargest(3, iter(ks), key=key)])
print(seen); seen.clear()
print([k.v for k in heapq.nlargest(1, ks, key=key)])
print(seen); seen.clear()
print([k.v for k in heapq.nsmallest(9, ks, key=key)])
print(seen); seen.clear()
# fresh objects from a generator: the ones not kept are freed during the call
r = heapq.nsmallest(2, (K(v) for v in [7, 3, 9, 1]))
print([k.v for k in r])
del r
r = heapq.nlargest(2, (K(v) for v in [7, 3, 9, 1]), key=lambda k: k.v)
print([k.v for k in r])
del r
print(heapq.nsmallest(-1, [3, 1]), heapq.nlargest(-2, iter([3, 1])))
print(heapq.nsmallest(True, [3, 1]), heapq.nlargest(2, 'hello'))
print(heapq.nsmallest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nlargest(2, {5, 1, 9}))
try:
    heapq.nsmallest(2, 5)
except TypeError as e:
    print('TypeError', e)
try:
    heapq.nlargest(2, [1, 'a', 2])
except TypeError as e:
    print('TypeError', e)
try:
    heapq.nsmallest()
except TypeError as e:
    print('TypeError', e)
try:
    heapq.nsmallest(2, [1], None, 4)
except TypeError as e:
    print('TypeError', e)
print(heapq.nsmallest(n=2, iterable=[4, 3, 5], key=None))
del ks
print(gc.collect())
