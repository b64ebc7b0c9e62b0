# weakref_slot=True (3.11+): __weakref__ among the slots; without slots=True it is a TypeError
import sys
import gc
import weakref
from dataclasses import dataclass
gc.collect()
try:
    @dataclass(slots=True, weakref_slot=True)
    class W:
        x: int
    w = W(1)
    r = weakref.ref(w)
    print(W.__slots__, sys.getsizeof(w), r() is w)
    del w
    print(r())
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(weakref_slot=True)
    class V:
        x: int
except TypeError as e:
    print('TypeError', e)
