# A range object holds its start, stop, step and length as int objects
# (rangeobject.c make_range_object / compute_range_length): while it lives,
# the small ints among them carry one more reference each.
import sys

def counts(*vals):
    return [sys.getrefcount(v) for v in vals]

before = counts(3, 20, 17, 1)
r = range(3, 20)
print([a - b for a, b in zip(counts(3, 20, 17, 1), before)])
three, twenty, one = 3, 20, 1
print(r.start is three, r.stop is twenty, r.step is one)
del r
print([a - b for a, b in zip(counts(3, 20, 17, 1), before)])

before = counts(-5, -3, 2)
r = range(int('-5'), int('-3'))
print([a - b for a, b in zip(counts(-5, -3, 2), before)])
it = iter(r)
print([a - b for a, b in zip(counts(-5, -3, 2), before)])
del r, it
print([a - b for a, b in zip(counts(-5, -3, 2), before)])

before = counts(0, 10, 2, 5)
r = range(10, 0, -2)
s = r[1:4]
print(s, s.start, s.stop, s.step, len(s))
print([a - b for a, b in zip(counts(0, 10, 2, 5), before)])
del r, s
print([a - b for a, b in zip(counts(0, 10, 2, 5), before)])

before = counts(-5, -4)
seen = list(map(sys.getrefcount, range(int('-5'), int('-3'))))
print([a - b for a, b in zip(seen, before)])
