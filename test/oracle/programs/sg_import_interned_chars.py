# 3.11's interned 1-char strings of their own (not the Latin-1 singletons): importing a module
# must not move the counts of the ones the program uses
import sys
print(sys.getrefcount('f'), sys.getrefcount('b'), sys.getrefcount('q'))
import array
print(sys.getrefcount('f'), sys.getrefcount('b'), sys.getrefcount('q'))
import collections
print(sys.getrefcount('f'), sys.getrefcount('b'), sys.getrefcount('q'))
