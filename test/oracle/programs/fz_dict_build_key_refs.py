# dict/set built from comprehensions, pairs, fromkeys, update, setdefault: refs a key's __hash__/__eq__ see
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
ks = [K(1), K(1), K(2)]
print("comp")
d = {k: 0 for k in ks}
print("dict pairs")
d = dict([(k, 0) for k in ks])
print("fromkeys")
d = dict.fromkeys(ks)
print("update pairs")
d = {}
d.update([(ks[0], 1), (ks[1], 2)])
print("update kw dict")
d2 = dict(d)
print("set")
s = set(ks)
print("setcomp")
s = {k for k in ks}
print("setlit")
s = {ks[0], ks[1]}
print("frozenset")
f = frozenset(ks)
print("pop")
print(d.pop(K(1)))
print("del")
d[ks[0]] = 1
del d[K(1)]
print("in")
print(K(2) in d)
print("sdefault")
d.setdefault(K(5), 1)
d.setdefault(K(5), 1)
print("get")
d.get(K(5))
