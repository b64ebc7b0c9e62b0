# __class__ assignment between classes of different layouts: __slots__, __dict__ and
# __weakref__ slots, classes without instance fields; each version's TypeError messages
import sys, gc, weakref
gc.collect()


class P:
    pass


class Q:
    pass


class S1:
    __slots__ = ('x', 'y')


class S2:
    __slots__ = ('y', 'x')


class S3:
    __slots__ = ('x', 'z')


class SDict:
    __slots__ = ('__dict__',)


class SWeak:
    __slots__ = ('__weakref__',)


class SBoth:
    __slots__ = ('__dict__', '__weakref__')


class Bare:
    __slots__ = ()


class Bare2:
    __slots__ = ()


class Base:
    __slots__ = ('a',)


class D1(Base):
    pass


class D2(Base):
    pass


class E1(Base):
    __slots__ = ()


class E2(Base):
    __slots__ = ()


classes = [P, Q, S1, S2, S3, SDict, SWeak, SBoth, Bare, Bare2, D1, D2, E1, E2, Base]


def make(cls):
    o = cls()
    if isinstance(o, (S1, S2, S3)):
        o.x = 'x'
    if isinstance(o, Base):
        o.a = 'a'
    return o


for old in classes:
    row = []
    for new in classes:
        o = make(old)
        try:
            o.__class__ = new
            row.append('ok')
        except TypeError as exc:
            msg = str(exc)
            row.append('layout' if 'layout' in msg else 'dealloc' if 'deallocator' in msg else msg)
    print(old.__name__, ' '.join(row))

try:
    S1().__class__ = S3
except TypeError as exc:
    print(exc)
try:
    Bare().__class__ = P
except TypeError as exc:
    print(exc)

o = S1()
o.x = [1]
o.y = 'y'
o.__class__ = S2
print(type(o).__name__, o.x, o.y, sys.getsizeof(o), sys.getrefcount(S1), sys.getrefcount(S2))
del o
print(sys.getrefcount(S2))

o = E1()
o.a = 5
o.__class__ = E2
print(type(o).__name__, o.a, sys.getsizeof(o))

# a weak reference survives the switch
p = P()
p.k = 1
w = weakref.ref(p)
p.__class__ = SBoth
print(w() is p, type(w()).__name__, sys.getsizeof(p), p.k, weakref.getweakrefcount(p))
del p
print(w())

# __del__ of the new class runs
class Fin:
    def __del__(self):
        print('Fin.__del__', self.k)


p = P()
p.k = 'moved'
p.__class__ = Fin
del p
print(gc.collect())
