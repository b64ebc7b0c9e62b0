# refcounts seen by __next__ in comprehensions and generator expressions, by __get__/__set__, and tuple()'s __len__ call
import sys
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        print("next", sys.getrefcount(self))
        return self.i
it = It(1)
print([y for y in it])
print([y for y in It(1)])
print(list(y for y in It(1)))
print({y for y in It(1)}, {y: 1 for y in It(1)})
print([(a, b) for a in It(1) for b in It(2)])
class Seq:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
    def __len__(self):
        print("len", sys.getrefcount(self)); return 2
s = Seq()
print(tuple(s), list(s))
class D:
    def __get__(self, inst, owner):
        print("get", sys.getrefcount(self), inst is None)
        return 5
    def __set__(self, inst, v):
        print("set", sys.getrefcount(self), sys.getrefcount(inst), sys.getrefcount(v))
class H:
    d = D()
h = H()
print(h.d, H.d)
h.d = object()
class Bad:
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        print("len raises")
        raise ValueError("no length")
for make in (list, tuple):
    try:
        make(Bad())
    except ValueError as e:
        print(make.__name__, "ValueError", e)
