# typing.Callable: reprs, the typed _tp_cache of __getitem_inner__, the references its key and the alias hold
import gc, sys
from typing import Callable, List, Optional
gc.collect()
class A: pass
class R: pass
print(sys.getrefcount(A), sys.getrefcount(R))
c = Callable[[A], R]
print(sys.getrefcount(A), sys.getrefcount(R), sys.getrefcount(c))
print(c, Callable[..., R], Callable[[], None], Callable[[A, int], Optional[R]], Callable, List[Callable[[int], str]])
print(Callable[[A], R] is c, c == Callable[[A], R], Callable[[A], R] == Callable[[A], int])
print(sys.getrefcount(A), sys.getrefcount(R), sys.getrefcount(c), sys.getsizeof(c), gc.is_tracked(c), type(c))
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(lambda v: v + 1, 4), apply.__annotations__)
print(gc.collect())
