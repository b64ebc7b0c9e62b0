# Importing one module can add references to another (weakref.py imports itertools, collections
# imports sys): the counts depend on which modules the program imported.
import itertools, collections
import sys
print(sys.getrefcount(itertools), sys.getrefcount(sys))
import weakref
print(sys.getrefcount(itertools), sys.getrefcount(sys), sys.getrefcount(collections))
import array
print(sys.getrefcount(sys), sys.getrefcount(array))
