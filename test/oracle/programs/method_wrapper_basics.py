# Binding a slot wrapper to an instance makes a method-wrapper that holds the instance
import sys, gc

class A:
    pass

a = A()
before = sys.getrefcount(a)
m = a.__init__
print(type(m).__name__, sys.getsizeof(m), gc.is_tracked(m))
print(repr(m).split(' at ')[0])
print(sys.getrefcount(a) - before)
print(m.__self__ is a, m.__name__, m.__qualname__, m.__objclass__.__name__)
print(m(), m == a.__init__, m is a.__init__, m != a.__init__, m == A().__init__)
print(hash(m) == hash(a.__init__), a.__str__ == a.__repr__)
del m
print(sys.getrefcount(a) - before)

for w in ((1).__add__, [1, 2].__len__, "x".__hash__, a.__eq__, (2.5).__mul__):
    print(type(w).__name__, w.__qualname__, repr(w).split(' at ')[0])
print((1).__add__(2), [1, 2, 3].__len__(), a.__eq__(a), a.__eq__(1), (5).__radd__(1))

lst = [1, 2]
rc = sys.getrefcount(lst)
ws = [lst.__len__ for _ in range(3)]
print(sys.getrefcount(lst) - rc, ws[0] == ws[1], ws[0] is ws[1])
ws.clear()
print(sys.getrefcount(lst) - rc)
