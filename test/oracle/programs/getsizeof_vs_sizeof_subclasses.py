# __sizeof__() against sys.getsizeof for builtin subclasses: a subclass's own slots count in __sizeof__, the GC head and 3.11+ pre-header only in getsizeof.
import sys
class L(list): pass
class D(dict): pass
class S(str): pass
class T(tuple): pass
class I(int): pass
class Plain: pass
class Sl:
    __slots__ = ('a', 'b')
for o in (L(), L([1, 2]), D(), D(a=1), S('abc'), T((1, 2)), I(5), Plain(), Sl(), [], {}, 'abc', (1,)):
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())
