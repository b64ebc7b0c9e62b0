# heapq.nsmallest/nlargest on self-referencing objects: what gc.collect() finds once the results are dropped
import sys, gc
import heapq
gc.collect()
class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
    def __lt__(self, other):
        return self.v < other.v
nodes = [Node(v) for v in [8, 3, 5, 1, 9, 2]]
small = heapq.nsmallest(3, nodes)
large = heapq.nlargest(2, iter(nodes), key=lambda n: n.v)
print([n.v for n in small], [n.v for n in large])
print(sys.getsizeof(small), sys.getsizeof(large))
print([sys.getrefcount(n) for n in nodes])
del nodes
print(gc.collect())
del small
print(gc.collect())
del large
print(gc.collect())
rows = [{'name': 'a', 'score': 3}, {'name': 'b', 'score': 9}, {'name': 'c', 'score': 5}]
best = heapq.nlargest(2, rows, key=lambda r: r['score'])
print(best, [sys.getrefcount(r) for r in rows])
print(gc.collect())
