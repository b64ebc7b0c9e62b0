# import types among other modules (collections, math, operator, itertools, heapq): every module's count and the collector after a full collection
import sys
import gc
import collections
import types
import math
import operator
import itertools
import heapq
gc.collect()
print(gc.get_count())
print(sys.getrefcount(types), sys.getrefcount(collections), sys.getrefcount(math), sys.getrefcount(operator))
print(sys.getrefcount(itertools), sys.getrefcount(heapq), sys.getrefcount(sys))
ns = types.SimpleNamespace(d=collections.deque([1]), c=collections.Counter('aab'))
print(ns.d, ns.c['a'], sys.getrefcount(ns.d))
del ns
print(gc.collect(), gc.get_count())
