# functools.partial holds its function, a tuple of the bound arguments and a dict of the bound keywords
import sys
import functools

def power(base, exp, mod=None):
    return pow(base, exp, mod)

big = 10 ** 40
square = functools.partial(power, exp=2)
cube_big = functools.partial(power, big, 3)
print(square(5), cube_big() == big ** 3)
print(square.func is power, square.args, square.keywords, cube_big.args == (big, 3))
print(sys.getrefcount(big) - 1, sys.getsizeof(square), sys.getsizeof(cube_big.args))
print(repr(square).startswith('functools.partial(<function power'), repr(functools.partial(max, 1, key=abs))[:34])
p2 = functools.partial(cube_big, mod=7)
print(p2.func is power, p2.args == (big, 3), p2.keywords, p2())
print(square(3, mod=5), square(3, exp=3))
del cube_big, p2
print(sys.getrefcount(big) - 1)
square.note = 'x'
print(square.__dict__, sys.getsizeof(square.__dict__))
try:
    square.func = max
except AttributeError as e:
    print('AttributeError:', e)
try:
    functools.partial(1)
except TypeError as e:
    print('TypeError:', e)
print(square.__reduce__()[0] is functools.partial, square.__reduce__()[1] == (power,))
