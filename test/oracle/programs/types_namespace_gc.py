# types.SimpleNamespace in cycles: self-reference repr, collection of a namespace cycle, __del__ of a held object
import gc
import sys
import types
gc.collect()
a = types.SimpleNamespace(n=1)
a.me = a
print(a)
b = types.SimpleNamespace(peer=a)
a.peer = b
print(sys.getrefcount(a), sys.getrefcount(b))
class D:
    def __del__(self):
        print('D.__del__')
a.d = D()
del a, b
print(gc.collect())
c = types.SimpleNamespace(x=[1])
c.x.append(c)
del c
print(gc.collect())
print(gc.collect())
