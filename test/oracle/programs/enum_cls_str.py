# Enum members' and classes' repr, str, format, f-strings, %-formatting with str values
import sys, gc
from enum import Enum
gc.collect()
class Animal(Enum):
    CAT = 'cat'
    DOG = 'dog'
    BIRD = 'bird'
print(Animal.CAT, repr(Animal.DOG), str(Animal.BIRD), Animal)
print(f'{Animal.CAT}', f'{Animal.CAT!r}', f'{Animal.DOG:>12}|', format(Animal.BIRD, '^15'), '%s %r' % (Animal.CAT, Animal.DOG))
print('{} {!s} {!r}'.format(Animal.CAT, Animal.DOG, Animal.BIRD))
print(Animal('cat'), Animal['DOG'], Animal.CAT.value, Animal.CAT.name)
print([m.value for m in Animal], [m.name for m in reversed(Animal)])
print(sys.getrefcount(Animal.CAT), sys.getsizeof(Animal.CAT), sys.getsizeof(Animal.CAT.__dict__))
print(repr(Animal), str(Animal), Animal.__name__, Animal.__qualname__, Animal.__module__, Animal.__doc__)
