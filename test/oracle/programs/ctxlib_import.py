# import contextlib: the modules it loads (functools, collections, itertools) and the collector after it
import sys
import gc
gc.collect()
print(gc.get_count())
import contextlib
gc.collect()
print(gc.get_count(), len(gc.get_objects()) > 0)
print(sys.getrefcount(contextlib))
import functools
import collections
import itertools
print(sys.getrefcount(functools), sys.getrefcount(collections), sys.getrefcount(itertools))
x = [[i] for i in range(4)]
x.append(x)
del x
print(gc.collect(), gc.get_count())
print(len(gc.get_objects()) - len(gc.get_objects()))
