# Deleting an attribute (del obj.attr, delattr) releases the instance's reference to the value.
import sys
class Box:
    pass
v = []
b = Box()
b.first = v
b.second = v
setattr(b, 'third', v)
print(sys.getrefcount(v))
del b.first
print(sys.getrefcount(v), hasattr(b, 'first'))
delattr(b, 'second')
print(sys.getrefcount(v), hasattr(b, 'second'))
b.third = None
print(sys.getrefcount(v))
try:
    del b.first
except AttributeError:
    print('already gone')
