# type(name, bases, dict) builds the same class a class statement does; impossible hierarchies and slot clashes fail while the class is being made.
import sys

Base = type('Base', (), {'greeting': 'hi'})
Child = type('Child', (Base,), {})
print(Child.greeting, Child.__module__, [c.__name__ for c in Child.__mro__])
print(sys.getrefcount(Base), sys.getrefcount(Child))

def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', str(e).split('\n')[-1])

def inconsistent():
    class Broken(Base, Child):
        pass

def slot_clash():
    class Clash:
        __slots__ = ('a',)
        a = 1

def layout():
    class Both(int, str):
        pass

def duplicate():
    class Twice(Base, Base):
        pass

for make in (inconsistent, slot_clash, layout, duplicate):
    attempt(make)
print(sys.getrefcount(Base), sys.getrefcount(Child))
