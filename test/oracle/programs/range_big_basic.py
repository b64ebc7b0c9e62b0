# range objects whose bounds, step or length lie beyond 2**53 and 2**63 (CPython's PyLong
# arithmetic for the fields; len() raises OverflowError beyond sys.maxsize)
import sys

r = range(2**53, 2**53 + 10)
print(len(r), r[3], r[-1], 2**53 + 4 in r, 2**53 + 10 in r, repr(r), sys.getsizeof(r))
print(r.count(2**53 + 9), r.index(2**53 + 9), bool(r), r == range(2**53, 2**53 + 10))
b = range(2**63, 2**64, 3)
print(repr(b), b[5], b[-1], 2**63 + 3 in b, 2**63 + 4 in b, sys.getsizeof(b))
try:
    len(b)
except OverflowError as e:
    print('OverflowError', e)
print(bool(b), b.count(2**63 + 6), b.index(2**63 + 6), b.start, b.stop, b.step)
try:
    b[2**62]
except IndexError as e:
    print('IndexError', e)
try:
    b.index(5)
except ValueError as e:
    print('ValueError', e)
c = range(-2**70, 2**70, 2**60)
print(len(c), c.count(0), c.index(0), c[1000], c[-1], 0 in c, 1 in c, 2**60 * 3 in c)
d = range(2**64, -2**64, -2**62)
print(len(d), list(d), d[-1], -2**62 in d, repr(d))
e = range(0, 2**100)
try:
    print(len(e))
except OverflowError as x:
    print('OverflowError', x)
print(e[2**99], e[-1], 2**99 in e, e.index(2**90), hash(e) == hash(range(0, 2**100)))
print(e == range(2**100), e != range(2**100 + 1), range(2**70, 2**70) == range(5, 5))
print(range(2**64, 2**64 + 1) == range(2**64, 2**64 + 1, 7), hash(range(2**64, 2**64 + 1)) == hash(range(2**64, 2**64 + 1, 7)))
s = b[10:20:3]
print(s, len(s), list(s))
s2 = e[::-2**98]
print(s2, len(s2), list(s2))
s3 = c[2**3:-2**3]
print(s3, len(s3))
print(sys.getrefcount(b.start), sys.getrefcount(b.stop), sys.getrefcount(e.stop))
f = 2**80
print(f in range(0, 2**81, 2), 5.0 in range(2**60, 2**60 + 10), float(2**60 + 2) in range(2**60, 2**60 + 10))
print(range(2**62, 2**62 + 5)[2], len(range(2**62, 2**62 + 5)), len(range(-2**63, 2**63 - 1, 2**62)))
