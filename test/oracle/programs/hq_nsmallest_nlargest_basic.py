# heapq.nsmallest/nlargest: results for n = 0, 1, < len, >= len, keys, generators, ties; result sizes; element and key refcounts after
import sys, gc
import heapq
gc.collect()
data = [5, 1, 8, 3, 9, 2, 7, 1, 6]
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
print(heapq.nsmallest(1, data), heapq.nlargest(1, data))
print(heapq.nsmallest(0, data), heapq.nlargest(0, data))
print(heapq.nsmallest(20, data), heapq.nlargest(20, data))
print(heapq.nsmallest(1, []), heapq.nlargest(2, []), heapq.nsmallest(2, iter([])))
words = ['pear', 'Fig', 'apple', 'kiwi', 'Banana', 'date']
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(3, words, key=str.lower), heapq.nlargest(3, words, key=str.lower))
print(heapq.nsmallest(2, (x * x for x in range(-5, 5))), heapq.nlargest(2, (x % 3 for x in range(10))))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
class O:
    def __init__(self, v, t):
        self.v = v; self.t = t
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'O({self.v},{self.t})'
objs = [O(i % 3, i) for i in range(8)]
before = [sys.getrefcount(o) for o in objs]
r1 = heapq.nsmallest(3, objs)
r2 = heapq.nlargest(3, objs)
r3 = heapq.nsmallest(3, iter(objs), key=lambda o: -o.v)
print(r1, r2, r3)
print([sys.getrefcount(o) - b for o, b in zip(objs, before)])
print(sys.getsizeof(r1), sys.getsizeof(heapq.nsmallest(5, data)), sys.getsizeof(heapq.nlargest(1, data)), sys.getsizeof(heapq.nsmallest(9, data)))
print(sys.getsizeof(heapq.nsmallest(5, iter(data))), sys.getsizeof(heapq.nsmallest(0, data)), sys.getsizeof(heapq.nsmallest(1, [])))
def kf(x):
    return -x
print(sys.getrefcount(kf))
heapq.nsmallest(3, data, key=kf)
print(sys.getrefcount(kf))
del r1, r2, r3
print([sys.getrefcount(o) - b for o, b in zip(objs, before)])
print(gc.collect())
