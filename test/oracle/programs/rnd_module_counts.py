# the interpreter's references on random and the modules its import loads (math, bisect, itertools, operator), and on collections after functools imported it
import random, sys
import math, bisect, itertools
print(sys.getrefcount(random), sys.getrefcount(math), sys.getrefcount(bisect), sys.getrefcount(itertools))
import gc
gc.collect()
print(gc.get_count())
import operator
print(sys.getrefcount(operator), sys.getrefcount(random))
import functools, copy, collections, heapq
print(sys.getrefcount(random), sys.getrefcount(math))
print(sys.getrefcount(collections), sys.getrefcount(functools), sys.getrefcount(itertools))
