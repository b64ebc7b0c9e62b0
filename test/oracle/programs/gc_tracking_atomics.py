# Atomic objects are never tracked; user instances, lists, sets, functions are.
import gc
class C:
    pass
class S:
    __slots__ = ()
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(S()))
print(gc.is_tracked(lambda: 0), gc.is_tracked(C))
