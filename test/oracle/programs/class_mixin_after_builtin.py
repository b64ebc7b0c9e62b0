# a Python base after a builtin one in the MRO supplies the dunders the builtin does not define (int has no __str__), not those it does (__repr__)
import sys
class Mixin:
    def __str__(self):
        return 'Mixin.__str__'
    def __repr__(self):
        return 'Mixin.__repr__'
    def __format__(self, spec):
        return 'Mixin.__format__'
class I(int, Mixin):
    pass
class L(list, Mixin):
    pass
i = I(5)
l = L([1])
print(str(i), repr(i), format(i, ''), f'{i}', '%s' % i)
print(str(l), repr(l), format(l, ''), f'{l}', [i], sys.getrefcount(i), sys.getsizeof(i))
print('__str__' in int.__dict__, '__str__' in list.__dict__, '__format__' in int.__dict__, '__format__' in list.__dict__)
