# Keys whose __hash__ prints: copies, merges, dict.fromkeys(dict/set), set(dict) and {**d} reuse the
# hashes their source stores and call no __hash__; lookups, inserts and del call it once.
# dict.fromkeys of an exact dict/set/frozenset resizes once up front (3.10-3.12: 1-4 keys get 16 slots).
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return self.n
    def __eq__(self, o):
        print("eq", self.n)
        return isinstance(o, H) and o.n == self.n
    def __repr__(self):
        return f"H{self.n}"
a, b = H(1), H(2)
print("build set")
s = {a, b}
print("build dict")
d = {a: 1, b: 2}
print("fromkeys set")
x = dict.fromkeys(s)
print("fromkeys dict")
x = dict.fromkeys(d)
print("copy")
y = d.copy()
print("dict(d)")
y = dict(d)
print("splat")
y = {**d}
print("update")
z = {}
z.update(d)
print("set(s)")
t = set(s)
print("union")
u = s | {a}
print("frozenset")
f = frozenset(s)
print("set(d)")
t = set(d)
print("in")
print(a in d, a in s)
print("del")
del d[a]
print("pop")
s.pop()
print("items contains")
print((b, 2) in d.items())
print("sorted")
print(sorted(s, key=lambda h: h.n))
import sys
print("big copy")
many = {H(i): i for i in range(3, 9)}
c = many.copy()
print(len(c), sys.getsizeof(c) == sys.getsizeof(many))
print("fromkeys sizes")
print([sys.getsizeof(dict.fromkeys(set(range(n)))) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(dict.fromkeys(range(n)))) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(dict.fromkeys(map(str, range(n))))) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(frozenset(map(str, range(n))), 0)) for n in range(0, 12)])
print([sys.getsizeof(dict.fromkeys(list(map(str, range(n))))) for n in range(0, 12)])
class D(dict):
    pass
print(sys.getsizeof(D.fromkeys({1, 2})), type(D.fromkeys({1})).__name__, sys.getsizeof(dict.fromkeys(D(a=1))))
fk = dict.fromkeys({3, 1, 2}, [])
print(fk, sys.getrefcount(fk[1]))
