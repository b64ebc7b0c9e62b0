# bisect with user objects: __lt__ sees the list item held by the search; key= (3.10+) is tried where it exists
import sys
import bisect


class Rec:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        print('  lt', self.k, other.k, sys.getrefcount(self), sys.getrefcount(other))
        return self.k < other.k


recs = [Rec(k) for k in (10, 20, 30, 40)]
probe = Rec(25)
print(bisect.bisect_left(recs, probe), sys.getrefcount(probe))
bisect.insort(recs, probe)
print([r.k for r in recs], sys.getrefcount(probe))
try:
    print(bisect.bisect([(1, 'a'), (5, 'b'), (9, 'c')], 6, key=lambda t: t[0]))
    bisect.insort(recs, Rec(35), key=lambda r: -r.k)
    print([r.k for r in recs])
except TypeError as e:
    print('TypeError:', e)
print([r.k for r in recs])
