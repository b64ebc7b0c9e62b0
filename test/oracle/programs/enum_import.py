# importing enum (3.11/3.12: with operator and functools; 3.11's start-up already did): the modules' counts and the collector after it
import gc
import sys

gc.collect()
import enum

gc.collect()
print(sys.getrefcount(enum))
print(gc.get_count())
import operator
import functools
import collections

gc.collect()
print(sys.getrefcount(operator), sys.getrefcount(functools), sys.getrefcount(collections))
print(sys.getrefcount(operator.or_), sys.getrefcount(functools.reduce))
import enum as e2
print(e2 is enum, sys.getrefcount(enum))
rows = [[i] for i in range(5)]
rows.append(rows)
del rows
print(gc.collect())
print(gc.get_count())
