# __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ of builtin types and classes (str.__itemsize__ is 0, type and bool basicsizes)
import collections
class P: pass
class S:
    __slots__ = ('a', 'b')
class SW:
    __slots__ = ('a', '__weakref__')
class SD:
    __slots__ = ('a', '__dict__')
class I(int): pass
class L(list): pass
class T(tuple): pass
for t in (object, int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset, type, P, S, SW, SD, I, L, T, range, slice, complex, bool):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(Meta.__basicsize__, Meta.__itemsize__, WithMeta.__basicsize__)
