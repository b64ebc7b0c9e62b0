# typing's _tp_cache: nested unions flattened, one entry per alias and parameters, the least recently used dropped past 128
import gc, sys
import typing
from typing import Optional, Union, List, Dict, Tuple
gc.collect()
print(typing.List[int], typing.Optional, Optional[Optional[int]], Union[int, Optional[str]], Dict[str, List[int]])
print(Union[int, str, int], Optional[Union[int, None]], Tuple[int, ...] == Tuple[int, ...], Optional[int] == Union[None, int], Union[None, int])
class K: pass
x = [List[K] for _ in range(3)]
print(sys.getrefcount(K), x[0] is x[2])
vals = []
for i in range(140):
    cls = type('X%d' % i, (), {})
    vals.append(sys.getrefcount(cls))
    List[cls]
    vals.append(sys.getrefcount(cls))
print(vals[:4], vals[-4:])
first = vals
print(gc.collect())
