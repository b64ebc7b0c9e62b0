# Methods and slot wrappers called directly: which ones exist, how they check their arguments,
# and how 3.10+ names them in errors (a bound method by its object's type).
import itertools
from array import array
from collections import deque, defaultdict, OrderedDict, Counter

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2])
a = array('i', [1, 2, 3])
od = OrderedDict(a=1)
attempt('deque bool', lambda: '__bool__' in deque.__dict__)
attempt('od contains', lambda: ('__contains__' in OrderedDict.__dict__, '__iter__' in OrderedDict.__dict__, '__repr__' in defaultdict.__dict__))
attempt('insert', lambda: d.insert(1))
attempt('index', lambda: d.index())
attempt('rotate', lambda: d.rotate(1, 2))
attempt('mul', lambda: d.__mul__())
attempt('rmul', lambda: d.__rmul__(1, 2))
attempt('imul', lambda: d.__imul__())
attempt('add', lambda: d.__add__())
attempt('lt', lambda: d.__lt__())
attempt('ge object', lambda: itertools.count().__ge__())
attempt('array extend', lambda: a.extend())
attempt('array extend 2', lambda: a.extend([1], [2]))
attempt('array pop', lambda: a.pop(2**70))
attempt('array pop float', lambda: a.pop(1.5))
attempt('array index', lambda: a.index(1, b'x'))
attempt('array index big', lambda: a.index(3, -2**70, 2**70))
attempt('array insert', lambda: (a.insert(2**70, 9), a)[1])
attempt('from_iterable', lambda: itertools.chain.from_iterable(1, 2))
attempt('keys type', lambda: type(od.keys())())
attempt('dict keys type', lambda: type({}.keys())())
attempt('od contains call', lambda: od.__contains__())
attempt('dd getitem call', lambda: defaultdict().__getitem__(1, 2))
f = Counter().__reversed__
attempt('bound', lambda: f(1))
g = od.__sizeof__
attempt('bound sizeof', lambda: g(1))
attempt('call syntax', lambda: Counter().__reversed__(1))
