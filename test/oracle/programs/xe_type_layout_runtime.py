# __itemsize__/__dictoffset__/__weakrefoffset__ of runtime and library types (functions, code, frames, generators, methods, modules, partial, _tee)
import sys, gc, functools
def f(): yield 1
def outer():
    x = 1
    def inner(): return x
    return inner
class C:
    def m(self): pass
    @property
    def p(self): return 1
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
ts = [functools.partial, memoryview, type(f()), type(f), type(C().m), type(len), staticmethod, classmethod,
      type(f.__code__), type(outer().__closure__[0]), type(sys), type(tb), type(sys._getframe()),
      type(C.__dict__), type(C.p), type([].append), type(list.append), type(C().__str__), type(object.__str__),
      type(C.__dict__['__dict__']), type(C.__weakref__), type(iter(range(3))), type(reversed([])),
      type({}.values()), type(iter(set())), type(iter(b'')), type(iter(bytearray())),
      type(zip()), bytearray, type(x for x in ()), type(iter(enumerate([]))), type(sys.flags) if False else tuple]
for t in ts:
    print(t.__name__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)

import itertools, collections, weakref
class C2: pass
c = C2()
ts = [itertools.accumulate, itertools.chain, itertools.combinations, itertools.combinations_with_replacement,
      itertools.compress, itertools.count, itertools.cycle, itertools.dropwhile, itertools.filterfalse,
      itertools.groupby, itertools.islice, itertools.permutations, itertools.product, itertools.repeat,
      itertools.starmap, itertools.takewhile, itertools.zip_longest, type(itertools.tee([])[0]),
      type(iter(collections.deque())), type(reversed(collections.deque())), weakref.ProxyType, weakref.CallableProxyType,
      weakref.ReferenceType, type(collections.OrderedDict().keys()), type(iter(collections.OrderedDict())),
      type(sys.version_info), type(sys.float_info), type(iter(range(10**20))), type(reversed(range(3))),
      type(iter(callable, 1)), type(iter(C2, 1)), type(dict.fromkeys), type(str.__dict__['join']),
      type(int.__add__), type((1).__add__), type(C.__init_subclass__), type(c.__init__), type(c.__class__.__dict__),
      type(NotImplemented), type(...), type(None)]
for t in ts:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
