# iterating ranges beyond 2**53: range_iterator (C longs) while start, stop, step and the length
# fit a C long (3.10+: and cannot overflow), else longrange_iterator, whose next differs per version
import sys

def show(it, n):
    out = []
    for _ in range(n):
        out.append(next(it, None))
    return out

b = range(2**63, 2**64, 3)
it = iter(b)
print(type(it).__name__, sys.getsizeof(it), it.__length_hint__())
print(sys.getrefcount(b.start), sys.getrefcount(b.step), sys.getrefcount(b.stop))
x = next(it)
print(x, sys.getrefcount(b.start))
del x
print(show(it, 3), it.__length_hint__())
rv = reversed(b)
print(type(rv).__name__, sys.getsizeof(rv), show(rv, 3), rv.__length_hint__())
for r in [range(2**62, 2**62 + 5), range(2**63 - 3, 2**63 - 1), range(0, 2**63 - 1, 2**62),
          range(-2**63, -2**63 + 3), range(2**63 - 2, 2**63 + 2), range(-2**63 - 2, -2**63 + 2),
          range(2**63 - 1, 0, -2**62), range(5, -2**63, -2**62), range(2**62, -2**62, -2**62),
          range(2**64, 2**64 + 3), range(-2**64, -2**64 - 3, -1), range(10, 2**64, 2**63),
          range(2**53, 2**53 + 4), range(2**53 + 1, 2**53 - 3, -1), range(-2**63, 2**63, 2**63)]:
    f = iter(r)
    g = reversed(r)
    print(type(f).__name__, type(g).__name__, list(f), list(g), list(f), list(g))
z = range(2**70, 2**70)
print(list(z), list(reversed(z)), type(iter(z)).__name__, type(reversed(z)).__name__)
k = range(2**63, 2**63 + 3)
total = 0
for v in k:
    total += v - 2**63
print(total, sys.getrefcount(k.start))
print([v - 2**64 for v in range(2**64, 2**64 + 4)], sum(range(2**60, 2**60 + 4)))
print(list(reversed(range(2**70, 2**70 + 10, 4))), max(range(2**65, 2**65 + 3)), sorted(range(2**64 + 2, 2**64 - 2, -1)))
print(list(zip(range(2**63, 2**63 + 2), range(3))), list(enumerate(range(2**64, 2**64 + 2))))
