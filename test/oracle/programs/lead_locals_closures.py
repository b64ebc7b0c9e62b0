# locals() of a function: closures, captured parameters, deleted names, sizes and counts
import sys, gc

def outer(p, q):
    c = [p]
    def inner(r):
        z = c
        d = locals()
        print(sorted(d), sys.getsizeof(d), sys.getrefcount(c))
        return d
    x = inner(q)
    print(list(locals()), sys.getrefcount(c))
    del x
    print(list(locals()))
    return inner

f = outer(1, 2)
print(f.__name__)

def g(a, b=3, *args, **kw):
    v = a
    first = locals()
    print(list(first), sys.getsizeof(first))
    del v
    second = locals()
    print(list(second), second is first)
    w = 5
    return locals()

r = g(1, 2, 3, k=4)
print(list(r), sys.getrefcount(r), gc.is_tracked(r))
del r
print(gc.collect())

def k():
    try:
        raise ValueError('x')
    except ValueError:
        y = 1
        print(sorted(locals()))
    return sys.getrefcount(y)

print(k())
lam = lambda a, b: sorted(locals())
print(lam(1, 2))
print(gc.get_count()[0] >= 0)
