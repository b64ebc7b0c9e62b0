# dataclasses with typing's annotations: fields, reprs and the __doc__ inspect.signature writes with typing's reprs
import gc, sys
from dataclasses import dataclass, field
from typing import List, Optional
gc.collect()
@dataclass
class P:
    name: str
    tags: List[str] = field(default_factory=list)
    parent: Optional[int] = None
p = P('a')
print(p, P.__annotations__)
print(P.__doc__)
from typing import Any, Callable, Tuple
@dataclass
class Q:
    a: Any
    f: Callable[[int], str]
    t: Tuple[int, ...] = (1,)
print(Q.__doc__, Q(1, len))
