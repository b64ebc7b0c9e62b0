# from __future__ import: the real __future__ module is imported (its _Feature objects' counts, sizes, gc), the other features are no-ops
from __future__ import annotations, division, generator_stop
from __future__ import nested_scopes as ns
import sys
import gc
print(type(annotations).__name__, sys.getrefcount(annotations), sys.getrefcount(division))
import __future__
print(__future__.annotations is annotations, sys.getrefcount(annotations))
print(sys.getrefcount(__future__))
print(sys.getrefcount(ns), ns is __future__.nested_scopes)
print(gc.collect())
print(gc.is_tracked(annotations))
del __future__
print(sys.getrefcount(annotations))
print(1/2, 7//2)
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError', e)
print(gc.get_count())
print(sys.getsizeof(annotations), sys.getsizeof(ns))
