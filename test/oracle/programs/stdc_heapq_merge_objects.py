# heapq.merge over generators of objects with __lt__/__del__: deleting a half-consumed merge, a merge of a merge, an exception from an input, key with reverse
import heapq, sys, gc
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print('del', self.v)
    def __repr__(self): return 'D%d' % self.v
def gen(n, step):
    for i in range(n):
        yield D(i * step)
gc.collect()
g = heapq.merge(gen(3, 2), gen(2, 3))
print(next(g), next(g))
print(sys.getsizeof(g), gc.get_count()[0])
del g
print('after del', gc.collect())
inner = heapq.merge([1, 5], [2, 6])
outer = heapq.merge(inner, [3, 4])
print(list(outer), sys.getrefcount(inner))
def bad():
    yield 1
    raise ValueError('boom')
try:
    print(list(heapq.merge(bad(), [0, 2])))
except ValueError as e:
    print('ValueError', e)
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0], reverse=False)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True, key=abs)))
