# Set operations on dict views: __hash__/__eq__ calls, result sizes and refcounts, per version.
import sys
class K:
    hashes = 0
    eqs = 0
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        K.hashes += 1
        return self.n % 4
    def __eq__(self, other):
        K.eqs += 1
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return "K%d" % self.n
def counts(label, r):
    print(label, K.hashes, K.eqs, sorted(r, key=repr) if not isinstance(r, bool) else r)
    K.hashes = K.eqs = 0
ks = [K(i) for i in range(6)]
d = {k: k.n for k in ks}
e = {k: k.n * 2 for k in ks[2:5]}
K.hashes = K.eqs = 0
counts("and", d.keys() & set(ks[:3]))
counts("rand", set(ks[:3]) & d.keys())
counts("and-views", d.keys() & e.keys())
counts("and-list", d.keys() & ks[1:4])
counts("or", d.keys() | set(ks[4:]))
counts("ror", set(ks[4:]) | d.keys())
counts("sub", d.keys() - set(ks[:2]))
counts("rsub", set(ks) - e.keys())
counts("xor", d.keys() ^ set(ks[3:]))
counts("items-and", d.items() & e.items())
counts("items-xor", d.items() ^ e.items())
counts("items-or", d.items() | {(ks[0], 0)})
counts("eq", d.keys() == set(ks))
counts("le", e.keys() <= d.keys())
counts("gt", d.keys() > e.keys())
counts("ne", d.items() != e.items())
counts("req", set(ks) == d.keys())
r = d.keys() & set(ks)
print(type(r).__name__, sys.getsizeof(r), sys.getrefcount(ks[0]))
r = d.keys() | e.keys()
print(sys.getsizeof(r), len(r))
x = {'a': 1, 'b': 2, 'c': 3}
y = {'b': 2, 'c': 4, 'd': 5}
print(sorted(x.items() ^ y.items()), sorted(x.keys() ^ y.keys()), sorted(x.items() - y.items()))
print(sorted(x.keys() & ['a', 'z']), x.keys() & set(), sys.getsizeof(x.keys() - y.keys()))
from collections import namedtuple
P = namedtuple("P", "k v")
print(P('a', 1) in x.items(), ('a', 1) in x.items(), ['a', 1] in x.items())
