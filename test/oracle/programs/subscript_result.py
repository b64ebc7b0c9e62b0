# Subscript result is a new (temporary) reference passed as the argument: container ref + arg = 2.
import sys
t = ([],)
print(sys.getrefcount(t[0]))
d = {'a': []}
print(sys.getrefcount(d['a']))
lst = [[]]
print(sys.getrefcount(lst[0]))
