# References the runtime must give back, seen on shared small ints and 1-char strings:
# str.translate's missed lookups (the KeyError is cleared), a '{0!s}' conversion of a str,
# the argument of a call that fails the recursion check (the frame is released with it),
# and the tuple of iterators zip() and map() keep (bltinmodule.c zip_new/map_new).
import sys
import gc

def deltas(before, vals):
    return [sys.getrefcount(v) - b for v, b in zip(vals, before)]

keys = (97, 98, 99, 120)
before = [sys.getrefcount(v) for v in keys]
s = 'abcd'.translate({97: 120})
t = 'abc'.translate(str.maketrans({'a': 'AA', 98: None}))
print(s, t, deltas(before, keys))

word = ''.join(['wo', 'rd'])
before = sys.getrefcount(word)
for fmt in ('{0!s}', '{0!r}', '{0!a}', '{0!s:>6}', '{}'):
    r = fmt.format(word)
    del r
print(sys.getrefcount(word) - before)

def runaway(n):
    runaway(n + 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
probe = tuple(range(100, 130))
before = [sys.getrefcount(v) for v in probe]
try:
    runaway(0)
except RecursionError as e:
    msg = str(e)
print(msg, [d for d in deltas(before, probe) if d])
sys.setrecursionlimit(old)

a, b = [1, 2, 3], (7, 8, 9)
gc.collect()
c0 = gc.get_count()[0]
z = zip(a, b)
c1 = gc.get_count()[0]
m = map(pow, a, a)
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1, [type(x).__name__ for x in gc.get_referents(z)], [type(x).__name__ for x in gc.get_referents(m)])
print([[type(i).__name__ for i in x] for x in gc.get_referents(z) + gc.get_referents(m) if type(x) is tuple])
print(list(z), list(m))
gc.collect()
c0 = gc.get_count()[0]
z3 = zip(a, b, a)
m1 = map(str, b)
c1 = gc.get_count()[0]
del z3, m1
print(c1 - c0, gc.get_count()[0] - c0)
