# operator.methodcaller: size, tracking, refcounts of name and arguments, calls through sorted/map, reprs, __reduce__, argument errors
import sys, gc
from operator import methodcaller
gc.collect()
name = ''.join(['spl', 'it'])
sep = ''.join([',', ';'])[:1]
print(sys.getrefcount(name), sys.getrefcount(sep))
m = methodcaller(name, sep)
print(sys.getrefcount(name), sys.getrefcount(sep), sys.getsizeof(m), gc.is_tracked(m))
print(m('a,b,c'))
lines = ['x,y', 'z', 'p,q,r']
print(list(map(m, lines)))
print(repr(m))
print(sys.getrefcount(name), sys.getrefcount(sep))
del m
print(sys.getrefcount(name), sys.getrefcount(sep))
words = ['Banana', 'apple', 'Cherry', 'date']
print(sorted(words, key=methodcaller('lower')))
lo = methodcaller('lower')
print(repr(lo), lo.__reduce__())
mk = methodcaller('split', maxsplit=1)
print(mk('a b c'), repr(mk))
print(methodcaller('count', 'a', 0, 3)('banana'))
class C:
    def f(self, a, b=2, *, c=3):
        return (a, b, c)
obj = C()
mm = methodcaller('f', 1, c=5)
print(mm(obj), sys.getrefcount(mm))
kwd = mm
for bad in [(), (1,), ]:
    try:
        methodcaller(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    lo()
except TypeError as e:
    print('TypeError', e)
try:
    lo('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    lo('a', x=1)
except TypeError as e:
    print('TypeError', e)
try:
    lo(5)
except AttributeError as e:
    print('AttributeError', e)
print(gc.collect())
