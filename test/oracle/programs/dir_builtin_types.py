# dir() of builtin objects, classes and simulated modules lists CPython's names (its types' __dict__ keys per version)
import gc, itertools, collections, array, functools, sys
def f():
    pass
f.tag = 1
def gen():
    yield 1
class L(list):
    extra = 1
class E(ValueError):
    pass
class S:
    __slots__ = ('a', 'b')
e = E("x")
e.note = 2
for o in [object(), [], {}, "", 1, 1.5, (), set(), frozenset(), None, True, b"", bytearray(), range(3), slice(1), complex(1, 2),
          len, f, gen(), L(), e, S(), iter([]), iter({}), {}.keys(), reversed([]), enumerate([]), zip(), map(len, []),
          property(), staticmethod(f), classmethod(f), ..., NotImplemented, ValueError("v")]:
    print(type(o).__name__, len(dir(o)), dir(o)[-3:])
for c in [object, type, int, bool, list, dict, str, L, E, S, KeyError, BaseException]:
    print(c.__name__, dir(c))
for o in [collections.deque(), collections.defaultdict(list), collections.OrderedDict(), collections.Counter(),
          array.array('i'), itertools.count(), itertools.chain(), functools.partial(f), collections.namedtuple('P', 'x y')(1, 2)]:
    print(type(o).__name__, dir(o))
print(dir(gc))
print(dir(itertools)[:12])
gc.extra_name = 1
del gc.freeze
print([n for n in dir(gc) if 'e' in n])
print(list(vars(collections.Counter)))
print('append' in list.__dict__, 'nothing' in int.__dict__, list.__dict__['append'])
