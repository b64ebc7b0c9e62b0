# class C(*bases, **options): __build_class__ called through CALL_FUNCTION_EX, refcounts of the pieces
import sys
class Mixin:
    pass
class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw), sys.getrefcount(value))
value = ['v']
bases = (Mixin, Base)
options = {'color': value, 'size': 3}
print('start', sys.getrefcount(value), sys.getrefcount(bases))
class A(*bases):
    pass
print([c.__name__ for c in A.__mro__], sys.getrefcount(bases))
class B(*bases, **options):
    print('body', sys.getrefcount(value))
class C(Mixin, *[Base], weight=value, **options):
    pass
class D(Base, **options, tag=value):
    pass
class E(*(), **{'metaclass': type}):
    pass
print(type(E).__name__, E.__bases__, sys.getrefcount(value), sys.getrefcount(options))
for bad in ['dup', 'star', 'mapping']:
    try:
        if bad == 'dup':
            class F(Base, **options, color=1): pass
        elif bad == 'star':
            class F(*5): pass
        else:
            class F(**[1]): pass
    except TypeError as e:
        print(type(e).__name__, e)
print('end', sys.getrefcount(value))
