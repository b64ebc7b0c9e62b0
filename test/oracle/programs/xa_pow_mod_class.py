# pow(obj, e, m) calls the class's own __pow__ with the modulus (slot_nb_power via ternary_op);
# NotImplemented goes on to the other operands' slots and then CPython's TypeError
import sys
class Mod:
    def __init__(self, v): self.v = v
    def __pow__(self, e, mod=None):
        print("pow", e, mod)
        return Mod(pow(self.v, e, mod) if mod is not None else self.v ** e)
    def __repr__(self): return f"Mod({self.v})"
print(pow(Mod(3), 4, 5), pow(Mod(2), 10), Mod(2) ** 3, pow(Mod(3), 2, None))
class Two:
    def __pow__(self, e):
        return "two-arg only"
try:
    pow(Two(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(pow(Two(), 2))
class Declines:
    def __pow__(self, e, mod=None):
        return NotImplemented
for args in [(Declines(), 2, 3), (Declines(), 2.0, 3), (Declines(), 2, 3.0), (Declines(), 2, 3j)]:
    try:
        pow(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = Mod(7)
r = pow(m, 1, 100)
print(r, sys.getrefcount(m))
class Sub(Mod):
    pass
print(pow(Sub(5), 3, 7))
