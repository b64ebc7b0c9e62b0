# Deleting the outer container releases its reference to the inner one.
import sys
inner = []
outer = [inner]
print(sys.getrefcount(inner))
del outer
print(sys.getrefcount(inner))
