# The objects typing's aliases leave to the collector: the alias, its __dict__ (3.8/3.10), its arguments, the cache's keys
import gc
from typing import List, Optional, Dict, Iterable
gc.collect()
class C: pass
class D: pass
gc.collect()
n0 = len(gc.get_objects())
a = List[int]
gc.collect()
n1 = len(gc.get_objects())
b = List[C]
gc.collect()
n2 = len(gc.get_objects())
c = Optional[D]
gc.collect()
n3 = len(gc.get_objects())
e = Dict[str, int]
gc.collect()
n4 = len(gc.get_objects())
f = Iterable[int]
gc.collect()
n5 = len(gc.get_objects())
del a, b, c, e, f
print(n1 - n0, n2 - n1, n3 - n2, n4 - n3, n5 - n4, gc.collect(), len(gc.get_objects()) - n5)
