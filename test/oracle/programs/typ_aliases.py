# typing's aliases: reprs, the _tp_cache that makes List[int] the same object, the references it holds
import gc, sys
from typing import List, Optional, Dict, Any, Union, Set, Tuple, Iterable, Mapping, TYPE_CHECKING
gc.collect()
class C: pass
print(sys.getrefcount(C))
a = List[int]
print(sys.getrefcount(C), sys.getrefcount(a))
b = Optional[C]
print(sys.getrefcount(C), sys.getrefcount(b))
d = Dict[str, C]
print(sys.getrefcount(C), sys.getrefcount(d))
print(a, b, d, List, Optional, Dict, Any, Union[int, str], Optional[Union[int, str]])
print(Set[C], Tuple[int, ...], Tuple[int, str], Iterable[C], Mapping[str, List[C]], Union[int, None], Union[int, int])
print(List[int] is a, Optional[C] is b, a == List[int], hash(a) == hash(List[int]), Union[int, str] == Union[str, int])
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(List), sys.getsizeof(Optional))
print(gc.is_tracked(a), gc.is_tracked(List), gc.is_tracked(b))
print(gc.collect(), TYPE_CHECKING)
del a, b, d
print(sys.getrefcount(C))
