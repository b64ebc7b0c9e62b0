# Strings built at run time have ordinary reference counts; containers and names each add one.
import sys
s = '-'.join(['a', 'b', 'c'])
print(sys.getrefcount(s))
words = [s, s]
print(sys.getrefcount(s))
up = s.upper()
print(sys.getrefcount(up), up)
same = s.strip()
print(same is s, sys.getrefcount(s))
d = {s: len(s)}
print(sys.getrefcount(s))
words.clear()
d.clear()
del same
print(sys.getrefcount(s))
