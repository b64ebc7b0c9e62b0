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
if sys.version_info >= (3, 10):
    types.append(type(iter(memoryview(b''))))
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
sys.stdout.write(json.dumps(out))
