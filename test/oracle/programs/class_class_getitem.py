# C[x] on a class calls its __class_getitem__ (an implicit classmethod); without one the error names the class per version
class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + '[' + getattr(item, '__name__', repr(item)) + ']'
class Sub(Box):
    pass
class Meta(type):
    pass
class Made(Box, metaclass=Meta):
    pass
class Plain:
    pass
class Other(metaclass=Meta):
    pass
print(Box[int], Sub[str], Made[3], Box.__dict__['__class_getitem__'].__class__.__name__)
for cls in (Plain, Other):
    try:
        cls[0]
    except TypeError as e:
        print(e)
class NoneGetitem:
    __class_getitem__ = None
try:
    NoneGetitem[1]
except TypeError as e:
    print(type(e).__name__, e)
