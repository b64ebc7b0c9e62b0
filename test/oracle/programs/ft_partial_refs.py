# functools.partial objects: the references they hold on the function and its arguments, and their sizes
import sys
import functools

def power(base, exp, mod=None):
    return pow(base, exp, mod)

data = [1, 2, 3]
before = sys.getrefcount(power), sys.getrefcount(data)
square = functools.partial(power, exp=2)
print(square(7), square(7, mod=5))
p = functools.partial(power, data)
print(sys.getrefcount(power) - before[0], sys.getrefcount(data) - before[1])
print(type(p.args), len(p.args), p.keywords, square.keywords)
print(sys.getsizeof(p), sys.getsizeof(square.keywords), sys.getsizeof(p.args))
q = functools.partial(p, 5)
print(q.func is power, q.args == (data, 5), sys.getrefcount(data) - before[1])
print(functools.partial(max, 1, 2))
print(repr(functools.partial(sorted, key=len)))
del p, q
print(sys.getrefcount(power) - before[0], sys.getrefcount(data) - before[1])
p2 = functools.partial(print, 'x', sep='-')
p2('y')
p2.attr = 1
print(p2.__dict__)
