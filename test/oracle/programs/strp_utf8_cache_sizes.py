# A non-ASCII str grows when CPython caches its UTF-8 form in it: class names (tp_name), __slots__ names and a type's new __name__ do; other uses do not
import sys
name = ''.join(['Cl', '\xe4', 'ss'])
slot = ''.join(['sl', '\xf6', 't'])
other = ''.join(['\u20ac', 'uro'])
print(sys.getsizeof(name), sys.getsizeof(slot), sys.getsizeof(other))
K = type(name, (), {'__slots__': (slot,)})
print(sys.getsizeof(name), sys.getsizeof(slot), K.__name__ is name, K.__slots__[0] is slot)
K.__name__ = other
print(sys.getsizeof(other), K.__name__ is other)
class Café:
    pass
print(sys.getsizeof(Café.__name__), Café.__qualname__ is Café.__name__)
plain = ''.join(['na', '\xef', 've'])
d = {plain: 1}
obj = Café()
setattr(obj, plain, 2)
print(sys.getsizeof(plain), getattr(obj, plain), plain.encode(), format(plain, '>8'), plain.upper(), sys.getsizeof(plain))
try:
    type(''.join(['bad', '\ud800']), (), {})
except UnicodeEncodeError as e:
    print(e)
try:
    K.__name__ = 'a\x00b'
except ValueError as e:
    print(e)
