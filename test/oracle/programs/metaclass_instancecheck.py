# isinstance/issubclass on a class made by a metaclass go through the metaclass's __instancecheck__/__subclasscheck__
import gc
class Duck(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return 'quack'
print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), isinstance(Quacker(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker), issubclass(Quacker, Quacker))
print(isinstance(3, (str, Quacker)), isinstance('s', (str, Quacker)), issubclass(bool, (Quacker, int)))
class Meta(type):
    pass
class Base(metaclass=Meta):
    pass
class Derived(Base):
    pass
gc.collect()
c0 = gc.get_count()[0]
r = [isinstance(Derived(), Base), isinstance(1, Base), issubclass(Derived, Base), issubclass(int, Base)]
print(r, gc.get_count()[0] - c0)
try:
    issubclass(3, Base)
except TypeError as e:
    print(e)
