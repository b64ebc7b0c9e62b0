# functools.singledispatch: register with a class argument and as register(cls, func), dispatch through the MRO and the object fallback, the wrapper's attributes, refcounts of the generic function, the implementations and the registry, the TypeErrors
import sys
import functools


@functools.singledispatch
def f(x):
    "doc of f"
    return "obj"


@f.register(int)
def _(x):
    return "int"


def for_str(x, y=2):
    return "str" + str(y)


r = f.register(str, for_str)
print(r is for_str)


class A:
    pass


class B(A):
    pass


def for_a(x):
    return "A"


f.register(A, for_a)
print(f(1), f("a"), f("a", y=5), f(2.5), f(B()), f(A()), f(True))
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__wrapped__.__name__, f.__wrapped__ is f.registry[object])
print(sys.getrefcount(f), sys.getrefcount(_), sys.getrefcount(for_str), sys.getrefcount(for_a))
print(sys.getrefcount(f.registry), len(f.registry), f.registry[int] is _)
print(f.dispatch(bool) is _, f.dispatch(B) is for_a, f.dispatch(list).__name__)
print(sys.getsizeof(f))
print(sorted(k.__name__ for k in f.registry))
print(sorted(f.__dict__))
print(f.register.__name__, f.dispatch.__qualname__)
f._clear_cache()
print(sys.getrefcount(_), sys.getrefcount(for_a))
try:
    f()
except TypeError as e:
    print(e)
try:
    f.register(3, for_a)
except TypeError as e:
    print(e)


@functools.singledispatch
def show(x, *rest, **kw):
    return ("default", sys.getrefcount(x), len(rest), sorted(kw))


@show.register(list)
def _(x, *rest, **kw):
    return ("list", sys.getrefcount(x), len(rest), sorted(kw))


lst = [1, 2]
print(show(lst))
print(show(lst, 1, 2, a="k"))
print(show(lst, 1))
print(show((lst,), a=lst))
print(sys.getrefcount(lst))
print(sys.getrefcount(show.dispatch), sys.getrefcount(show.register))
reg = show.register
print(sys.getrefcount(reg))
