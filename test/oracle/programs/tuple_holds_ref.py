# Tuple element reference; tuple itself has 2.
import sys
a = []
t = (a, a)
print(sys.getrefcount(a))
print(sys.getrefcount(t))
