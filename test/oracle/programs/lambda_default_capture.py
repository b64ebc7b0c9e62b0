# Lambda default argument holds a reference via __defaults__.
import sys
a = []
fn = lambda x=a: x
print(sys.getrefcount(a))
del fn
print(sys.getrefcount(a))
