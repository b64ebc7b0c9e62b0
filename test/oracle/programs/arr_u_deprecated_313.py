# 3.13 deprecates array('u'): a DeprecationWarning on stderr once per line (the default filter
# for __main__), recorded in the module's __warningregistry__.
import sys
from array import array

before = sorted(k for k in globals() if k.startswith('__w'))
a = array('u', 'abc')
print(a, a.tounicode(), before, sorted(k for k in globals() if k.startswith('__w')))
registry = globals().get('__warningregistry__')
print(registry)
for i in range(3):
    b = array('u', 'x' * i)
print(len(registry) if registry is not None else None)
def make():
    return array('u')
make()
make()
print(len(registry) if registry is not None else None, list(registry.values()) if registry is not None else None)
print(sys.getsizeof(a), a.itemsize)
