# Class bodies, bases, keywords, methods, super() and __class__.
class Empty:
    pass


class WithDoc:
    """A documented class."""
    x = 1


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Base:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hi ' + self.name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def greet(self):
        return super().greet() + '!'

    def cls_name(self):
        return __class__.__name__

    def explicit(self):
        return super(Child, self).greet()

    def attr_only(self):
        return super().greet

    @classmethod
    def make(cls):
        return super().__new__(cls)

    @staticmethod
    def no_args():
        return super


class Multi(Child, Point, metaclass=type):
    pass


class Kw(Base, **{}):
    pass


class Star(*(Base,)):
    pass


def make_class(base, n):
    class Local(base):
        size = n

        def get(self):
            return super().get() + n
    return Local


class Nested:
    class Inner:
        class Innermost:
            value = 1

    def method(self):
        class InMethod:
            pass
        return InMethod


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def __del__(self):
        Counter.count -= 1


class Private:
    __secret = 1

    def reveal(self):
        return self.__secret + Private.__secret


class UsesOuter:
    def outer_method(self):
        def inner():
            return super(UsesOuter, self)
        return inner


class SuperInComprehension(Base):
    def names(self, items):
        return [super().greet() for _ in items]

    def gen(self, items):
        return list(super().greet() for _ in items)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b
