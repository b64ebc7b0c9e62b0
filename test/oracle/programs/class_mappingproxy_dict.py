# A class's __dict__ is a read-only mappingproxy made on each access; __mro__ and __bases__ are tuples the class keeps.
import sys

class Shape:
    sides = 0
    def area(self):
        return 0

class Square(Shape):
    sides = 4

proxy = Shape.__dict__
print(type(proxy).__name__, sys.getsizeof(proxy), sys.getrefcount(proxy))
print(proxy['sides'], 'area' in proxy, proxy.get('missing', '-'))
print(Shape.__dict__ is Shape.__dict__, Square.__mro__ is Square.__mro__, Square.__bases__ is Square.__bases__)
print(sys.getsizeof(Square.__mro__), sys.getsizeof(Square.__bases__))
print(sys.getrefcount(Square.__mro__), sys.getrefcount(Square.__bases__))
descr = Shape.__dict__['__dict__']
print(type(descr).__name__, sys.getsizeof(descr), repr(descr))
print('__dict__' in Square.__dict__, Square.__doc__, Square.__name__, Square.__qualname__)
try:
    proxy['sides'] = 3
except TypeError as e:
    print('TypeError:', e)
