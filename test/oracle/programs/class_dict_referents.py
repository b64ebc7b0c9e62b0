# gc.get_referents of a dict: values only while every key is a str, value then key once any other key went in (even if deleted since).
import gc
from collections import defaultdict, OrderedDict

def referents(o):
    return [repr(x) for x in gc.get_referents(o)]

print(referents({'a': 1, 'b': 2}))
print(referents({1: 'x', 2: 'y'}))
print(referents({'a': 1, 2: 'y'}))
d = {'a': 1}
d[5] = 2
del d[5]
print(referents(d))
d.clear()
d['z'] = 3
print(referents(d))
print(referents(defaultdict(list, a=1))[-2:])
print(referents(OrderedDict(a=1)))

class Obj:
    pass

o = Obj()
o.x = 10
o.y = 20
print(referents(o.__dict__))
print(referents({(1, 'a'): 'v'}))
