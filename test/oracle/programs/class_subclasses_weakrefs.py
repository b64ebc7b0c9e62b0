# Each base records its subclasses through weak references, so a class always has one weakref and __subclasses__ forgets collected classes.
import gc, sys, weakref

gc.collect()

class Vehicle:
    pass

print(weakref.getweakrefcount(Vehicle))
r = weakref.ref(Vehicle)
print(weakref.getweakrefcount(Vehicle), sys.getrefcount(r))

class Car(Vehicle):
    pass

class Bike(Vehicle):
    pass

print([c.__name__ for c in Vehicle.__subclasses__()])
del Car
print(gc.collect(), [c.__name__ for c in Vehicle.__subclasses__()])
del Bike
print(gc.collect(), Vehicle.__subclasses__())
del Vehicle
print(gc.collect(), r())
