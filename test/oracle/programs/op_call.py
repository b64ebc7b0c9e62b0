# operator.call (3.11+): the arguments forwarded by vectorcall with the caller's keyword names; 3.8/3.10 have no operator.call
import operator, sys, gc
gc.collect()
a = [1, 2]
print(operator.call(len, a), sys.getrefcount(a))
def f(x, y=0, *r, k=1, **kw):
    print(sys.getrefcount(x), len(r), k, sorted(kw))
    return x
b = [3]
print(operator.call(f, b) is b, operator.call(f, b, 2, 3, 4, 5, 6, k=5, z=1))
class C:
    def __init__(self, v): self.v = v
    def m(self, *a, **k): return (len(a), len(k), sys.getrefcount(self))
c = operator.call(C, b)
print(c.v is b, sys.getrefcount(b))
print(operator.call(c.m, 1, 2, 3, 4, 5, q=1))
try: operator.call()
except TypeError as e: print(e)
try: operator.call(5)
except TypeError as e: print(e)
print(operator.call(dict, a=1, b=2), operator.call(int, '12', base=8))
import gc; print(gc.collect())
