# In-place operators: a class's __ifloordiv__, __imod__, __ipow__... and a proxy forwarding each to its referent
import weakref

class Acc:
    def __init__(self):
        self.log = []
    def _note(self, op, other):
        self.log.append((op, other))
        return self
for name in ("iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ixor", "ior", "imatmul"):
    setattr(Acc, "__%s__" % name, (lambda op: lambda self, other: self._note(op, other))(name))

a = Acc()
a += 1; a -= 2; a *= 3; a /= 4; a //= 5; a %= 6; a **= 7
a <<= 8; a >>= 9; a &= 10; a ^= 11; a |= 12; a @= 13
print(a.log)

b = Acc()
p = weakref.proxy(b)
q = p
q //= 2
print(type(q).__name__, q is b, b.log)
q = p
q **= 3
print(type(q).__name__, b.log)
x = 10
x //= p if False else 3
print(x)
try:
    p2 = weakref.proxy(Acc())
    p2 += 1
except ReferenceError as e:
    print("ReferenceError:", e)
