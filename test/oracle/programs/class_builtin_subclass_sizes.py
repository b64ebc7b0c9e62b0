# Subclassing a builtin adds a __dict__ and __weakref__ slot only when the base lacks them; 3.11+ keeps them in a pre-header that getsizeof counts.
import sys
from collections import Counter, OrderedDict, defaultdict, deque

class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyTuple(tuple): pass
class MyStr(str): pass
class MyFloat(float): pass
class MySet(set): pass
class MyCounter(Counter): pass
class MyOrdered(OrderedDict): pass
class MyDefault(defaultdict): pass
class MyDeque(deque): pass
class MyError(Exception): pass

objs = [MyList([1, 2]), MyDict(), MyInt(5), MyTuple((1, 2)), MyStr('abc'), MyFloat(1.5), MySet(),
        MyCounter(), MyOrdered(), MyDefault(list), MyDeque(), MyError()]
for o in objs:
    t = type(o)
    print(t.__name__, sys.getsizeof(o), t.__basicsize__, sys.getsizeof(t))
