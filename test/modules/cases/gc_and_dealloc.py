# Cycles through the module objects are found by the collector; deallocation releases items in CPython's order.
import gc, sys
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
from itertools import cycle, chain, repeat
from array import array
gc.collect()
d = deque(); d.append(d); del d; print('deque', gc.collect())
dd = defaultdict(list); dd['x'] = dd; del dd; print('dd', gc.collect())
c = Counter(); c['me'] = c; del c; print('counter', gc.collect())
o = OrderedDict(); o['me'] = o; del o; print('od', gc.collect())
l = [1]; cy = cycle(l); l.append(cy); del l, cy; print('cycle', gc.collect())
l = []; r = repeat(l); l.append(r); del l, r; print('repeat', gc.collect())
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del A', self.n)
d = deque([A(1), A(2), A(3)]); del d
dd = defaultdict(int, {1: A(4), 2: A(5)}); del dd
P = namedtuple('P', 'a b')
p = P(A(6), A(7)); del p
c = chain([A(8)], [A(9)]); del c
big = deque(A(i) for i in range(10, 13)); big.rotate(1); del big
print(gc.is_tracked(deque()), gc.is_tracked(defaultdict()), gc.is_tracked(Counter()), gc.is_tracked(P(1, 2)), gc.is_tracked(P(1, 'a')))
print(len(gc.get_referents(deque([1, 2]))), len(gc.get_referents(P(1, 2))), len(gc.get_referents(chain([1]))))
