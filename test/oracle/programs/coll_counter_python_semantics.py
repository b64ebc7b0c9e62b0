# Counter is Python code in CPython: its methods look themselves up on self (a subclass's
# update, get and __setitem__ are the ones called), bind their arguments like Python functions,
# and most_common(n) is heapq.nlargest.
import sys
from collections import Counter

class Logged(Counter):
    def update(self, *args, **kwds):
        print('update', args, kwds)
        super().update(*args, **kwds)

c = Logged('abca', extra=2)
print(c)

words = 'the cat and the hat and the bat sat on the mat'.split()
wc = Counter(words)
for n in [None, 0, 1, 2, 3, 10, -1]:
    top = wc.most_common(n)
    print(n, top, sys.getsizeof(top))
print(Counter('abcabc').most_common(2), Counter().most_common(2))

for bad in [lambda: Counter('a', 'b'), lambda: Counter().update('x', 'y'), lambda: wc.most_common('x'),
            lambda: Counter.fromkeys('ab'), lambda: Counter().most_common(1.5)]:
    try:
        bad()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)

z = Counter(a=3)
try:
    z -= 1
except AttributeError as e:
    print('AttributeError', e)
z += Counter(a=1, b=-5)
print(z)
z |= Counter(c=2)
z &= Counter(a=2, c=5)
print(z, +Counter(a=-1, b=2), -Counter(a=-1, b=2))

log = []
class Count:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(('lt', self.v, o.v))
        return self.v < o.v
    def __eq__(self, o):
        log.append(('eq', self.v, o.v))
        return self.v == o.v
    def __gt__(self, o):
        log.append(('gt', self.v, o.v))
        return self.v > o.v
    def __repr__(self):
        return 'Count(%d)' % self.v
k = Counter({'a': Count(3), 'b': Count(1), 'c': Count(2), 'd': Count(5), 'e': Count(2)})
print(k.most_common(2), log)
log.clear()
print(k.most_common(1), log)
log.clear()
print(k.most_common(), log)

if sys.version_info >= (3, 10):
    print(Counter('ab') <= Counter('abc'), Counter('ab') < Counter('ab'), Counter(a=1) == Counter(a=1, b=0), Counter('abc').total())
else:
    print(Counter(a=1) == Counter(a=1, b=0), sum(Counter('abc').values()))
print(repr(Counter({'x': 1, 'y': 'z'})) if sys.version_info >= (3, 10) else 'Counter({...})')
