# import types: the module's count, sys's, the collector after it, and a cycle collected after it
import sys
import gc
gc.collect()
print(gc.get_count())
import types
gc.collect()
print(gc.get_count())
print(sys.getrefcount(types), sys.getrefcount(sys))
import types as t2
print(t2 is types, sys.getrefcount(types))
del t2
x = [[i] for i in range(4)]
x.append(x)
del x
print(gc.collect(), gc.get_count())
