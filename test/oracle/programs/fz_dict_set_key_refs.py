# a key's __hash__/__eq__ sees the table's key held; 3.11+ d[k]=v holds the key before hashing
import sys
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", sys.getrefcount(self), sys.getrefcount(o))
        return self.v == o.v
    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return hash(self.v)
a = K(3)
d = {a: 1}
d2 = {}
d2[a] = 1
print(d.get(K(3)), d[K(3)], K(3) in d)
d[K(3)] = 2
print(d[a], d.setdefault(K(3), 0))
s = {a}
print(K(3) in s)
s.add(K(3))
s.discard(K(3))
print(len(s))
keys = [K(i % 2) for i in range(12)]
cache = {}
for k in keys:
    cache[k] = k.v
print(len(cache))
