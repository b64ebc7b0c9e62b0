# complex, bool and None: sizes, arithmetic and identity.
import sys
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z * 1j, z.conjugate(), complex(1, -1), 2j ** 2)
print(sys.getsizeof(z), sys.getsizeof(1j), type(z).__name__)
print(True + 1, True * 3, isinstance(True, int), True == 1, bool(0), bool('0'), bool([]), bool([0]))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(None is None, type(None).__name__, bool(None), None == 0, repr(None))
x = None
y = None
print(x is y, [None] * 2)
flags = [bool(v) for v in (0, 1, '', 'a', (), (0,), {}, 0.0, None)]
print(flags, sum(flags))
print(not None, 1 and 2, 0 and 2, 0 or 'default', '' or None)
