# Slot wrappers (object.__init__, int.__add__) and the argument errors CPython gives for them
class A:
    pass

class B(A):
    def __init__(self, x):
        object.__init__(self)
        super().__init__()
        self.x = x

a = A()
b = B(4)
print(type(A.__init__).__name__, repr(A.__init__))
print(type(B.__init__).__name__, type(b.__init__).__name__)
print(type(object.__init__).__name__, object.__init__ is A.__init__, repr(int.__add__))
print(type(list.append).__name__, type(list.__len__).__name__, type(dict.__getitem__).__name__)
print(int.__add__(3, 4), list.__len__([1]), object.__init__.__name__, int.__add__.__qualname__)
tests = [
    lambda: object.__init__(),
    lambda: int.__add__("x", 1),
    lambda: int.__add__(1),
    lambda: (1).__add__(),
    lambda: (1).__add__(1, 2),
    lambda: (1).__add__(x=1),
    lambda: [].__len__(1),
    lambda: a.__init__(1),
    lambda: a.__eq__(),
    lambda: a.__setattr__('x'),
    lambda: object.__str__(),
    lambda: super(B, b).__init__(1),
    lambda: type(a.__init__)(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print(b.x, object.__init__(3, 4))
