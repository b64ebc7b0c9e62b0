# Creating a class allocates GC-tracked objects: the class, its MRO and bases tuples, descriptors, a weakref for the base's subclass list; some come from free lists.
import gc

gc.collect()
gc.disable()

def count():
    return gc.get_count()[0]

deltas = []
before = count()
class A:
    pass
deltas.append(count() - before)

before = count()
class B(A):
    pass
deltas.append(count() - before)

before = count()
class C(B, A):
    pass
deltas.append(count() - before)

before = count()
class S:
    __slots__ = ('a', 'b')
deltas.append(count() - before)

before = count()
class M:
    def method(self):
        return 1
deltas.append(count() - before)

before = count()
X = type('X', (A,), {'attr': 1})
deltas.append(count() - before)

print(deltas)
gc.enable()
