# min()/max(): items compared as they come (losers freed at once), errors and allocations per version.
import sys, gc
for f in (min, max):
    for args, kw in (((), {}), (([],), {}), ((1, 2), {'default': 0}), (([3],), {'foo': 1}), ((5,), {})):
        try:
            print(f(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)
print(max([3, 1, 2]), min('hello'), max(1, 5, 3), max([], default='d'), min([4, 2], key=lambda x: -x))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __del__(self): print('del', self.v)
def gen():
    for i in (3, 1, 4, 1, 5):
        yield K(i)
print('max', max(gen()).v)
print('done')
gc.disable(); gc.collect()
c0 = gc.get_count()[0]
m = max(10**10, 10**11, 10**12)
m = max([10**10, 10**11])
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
for i in range(5):
    m = max([1, 2], key=abs)
    m = min(3, 4, default=None) if False else min(3, 4)
print(gc.get_count()[0] - c0)
