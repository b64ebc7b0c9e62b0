# obj.__class__ = Other between Python classes: refcounts of both classes, type(), isinstance,
# method lookup, sizes, the instance dict afterwards and the collector
import sys, gc


class Animal:
    def __init__(self, name):
        self.name = name
        self.legs = 4

    def speak(self):
        return 'generic noise'


class Dog(Animal):
    def speak(self):
        return self.name + ' says woof'


class Robot:
    def __init__(self):
        self.serial = 1
        self.name = 'r'
        self.battery = 100

    def speak(self):
        return 'beep ' + str(self.battery)


a = Animal('rex')
gc.collect()
print(sys.getrefcount(Animal), sys.getrefcount(Dog), sys.getrefcount(Robot))
before = gc.get_count()
a.__class__ = Dog
after = gc.get_count()
print(after[0] - before[0])
print(type(a).__name__, isinstance(a, Animal), isinstance(a, Dog), a.speak())
print(sys.getrefcount(Animal), sys.getrefcount(Dog), sys.getrefcount(Robot))
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sorted(a.__dict__.items()))
a.color = 'brown'
a.age = 3
print(sys.getsizeof(a.__dict__), list(a.__dict__))
a.__class__ = Robot
print(type(a).__name__, isinstance(a, Animal))
try:
    print(a.speak())
except AttributeError as e:
    print('AttributeError', e)
a.battery = 7
print(a.speak(), sys.getrefcount(Dog), sys.getrefcount(Robot))

# fresh instances of each class keep sharing their class's keys
d = Dog('fido')
r = Robot()
print(sys.getsizeof(d.__dict__), sys.getsizeof(r.__dict__))
r.__class__ = Dog
r.extra = 1
print(sys.getsizeof(r.__dict__), list(r.__dict__))
d2 = Dog('max')
print(sys.getsizeof(d2.__dict__), list(d2.__dict__))

# an instance that never stored an attribute
class Empty:
    pass


class Other:
    def hello(self):
        return 'hello'


e = Empty()
e.__class__ = Other
print(e.hello(), sys.getsizeof(e))
e.x = 1
print(sys.getsizeof(e.__dict__), e.__dict__)

# the class switched to is released with the instance
class Temp:
    pass


t = Empty()
t.__class__ = Temp
print(sys.getrefcount(Temp))
del t
print(sys.getrefcount(Temp))

# a cycle through an instance whose class changed
n1 = Animal('a')
n2 = Animal('b')
n1.other = n2
n2.other = n1
n1.__class__ = Robot
del n1, n2
print(gc.collect())
print(sys.getrefcount(Robot), sys.getrefcount(Animal))

# a class that dies once its last instance switched away
def make():
    class Local:
        def __init__(self):
            self.v = 1
    return Local()


x = make()
x.__class__ = Animal
print(gc.collect(), type(x).__name__, x.v)

# errors
for value in (None, 3, int):
    try:
        Animal('z').__class__ = value
    except TypeError as exc:
        print('TypeError', exc)
try:
    del a.__class__
except TypeError as exc:
    print('TypeError', exc)
try:
    (1).__class__ = Dog
except TypeError as exc:
    print('TypeError', exc)
try:
    Animal('q').__class__ = object
except TypeError as exc:
    print('TypeError', exc)
print(gc.collect())
