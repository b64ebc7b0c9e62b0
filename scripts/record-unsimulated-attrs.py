"""Print, for the running CPython, the names in the __dict__ of every builtin type and module
HeapLens simulates, as JSON {type name or "module <name>": [names...]}. Run through scripts/record-unsimulated-attrs.mjs."""
import sys, json, builtins

def f():
    pass

def g():
    yield 1

class C:
    __slots__ = ('s',)
    def m(self):
        pass

class Seq:
    def __getitem__(self, i):
        raise IndexError

def tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__

def outer():
    y = 1
    return (lambda: y).__closure__[0]

cell = outer()
types = [
    object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, tuple, list, dict, set, frozenset, range,
    slice, type(None), type(NotImplemented), type(...), type(f), type(len), type(C().m),
    type(str.join), type(dict.__dict__['fromkeys']), type(object.__init__), type(object().__str__),
    type(cell), type(f.__code__), type(sys._getframe()), type(tb()), type(g()), property,
    staticmethod, classmethod, super, type(C.s), type(type.__dict__['__name__']), type(sys),
    type(type.__dict__), type(iter([])), type(reversed([])), type(iter(())), type(iter(range(1))), type(iter(range(2**64))),
    type(iter('')), type(iter(b'')), type(iter(bytearray())), type(iter({})), type(iter({}.values())), type(iter({}.items())),
    type({}.keys()), type({}.values()), type({}.items()), type(iter(set())), type(iter(f, 1)),
    type(iter(Seq())), enumerate, zip, map, filter, reversed,
]
if sys.version_info >= (3, 8):
    try:
        types += [type(reversed({})), type(reversed({}.values())), type(reversed({}.items()))]
    except TypeError:
        pass
if sys.version_info >= (3, 9):
    types.append(type(list[int]))
if sys.version_info >= (3, 10):
    types.append(type(iter(memoryview(b''))))
    types.append(type(int | str))
import weakref
types.append(weakref.ref)
types += [t for t in vars(builtins).values() if isinstance(t, type) and issubclass(t, BaseException)]
out = {}
for t in types:
    out[t.__name__] = sorted(vars(t))
# the C types of the simulated modules HeapLens defines as builtin types, by their dotted names
import functools
for t in (functools.partial, functools._lru_cache_wrapper, type(functools.cmp_to_key(len))):
    out['functools.' + t.__name__] = sorted(vars(t))
# the modules HeapLens simulates, keyed "module <name>"
import gc, array, itertools, collections, heapq, bisect, operator
for m in (sys, gc, weakref, array, itertools, collections, heapq, bisect, operator):
    out['module ' + m.__name__] = sorted(vars(m))
# operator's C types, by their dotted names
for t in (operator.itemgetter, operator.attrgetter, operator.methodcaller):
    out['operator.' + t.__name__] = sorted(vars(t))
# last: importing tracemalloc imports collections.abc (an attribute of collections from then on)
import tracemalloc
out['module tracemalloc'] = sorted(vars(tracemalloc))
# the modules HeapLens simulates only in part: a name CPython lacks too is an AttributeError
# (ImportError for `from M import name`) rather than a stop (after the modules above: typing and
# dataclasses import more of the standard library)
import functools, copy, time, dataclasses, typing, contextlib, enum
for m in (builtins, functools, copy, time, dataclasses, typing, contextlib, enum):
    out['module ' + m.__name__] = sorted(vars(m))
# the rest of the simulated modules (last: random imports os, hashlib and more)
import __future__, abc, io, math, random, types as types_module
for m in (__future__, abc, io, math, random, types_module):
    out['module ' + m.__name__] = sorted(vars(m))
# the C types of the simulated modules and of their iterators, by tp_name as the repr
# shows it ('collections.deque'): dir() of their instances lists these names
def static_types():
    import collections, array, itertools, functools, operator, weakref
    found = [type(iter(collections.deque())), type(reversed(collections.deque())), type(iter(array.array('i'))),
             type(collections.OrderedDict().keys()), type(collections.OrderedDict().values()), type(collections.OrderedDict().items()),
             type(iter(collections.OrderedDict())), type(reversed(collections.OrderedDict()))]
    for m in (sys, collections, array, itertools, functools, operator, weakref, gc, heapq, bisect, copy, time, dataclasses, typing,
              contextlib, enum, tracemalloc, __future__, abc, io, math, random, types_module):
        found += [v for v in vars(m).values() if isinstance(v, type)]
        # the types of its other objects (sys.float_info's) and the C bases of its classes
        # (random.Random's _random.Random)
        found += [type(v) for v in vars(m).values() if not isinstance(v, type)]
    found += [b for t in list(found) for b in t.__mro__]
    return found
for t in static_types():
    name = repr(t)[len("<class '"):-2]
    # (from 3.12 several are heap types made from a spec; a class written in Python has functions)
    if '.' not in name or name in out or any(isinstance(v, (types_module.FunctionType, classmethod, staticmethod, property)) for v in vars(t).values()):
        continue
    out[name] = sorted(vars(t))
sys.stdout.write(json.dumps(out))
