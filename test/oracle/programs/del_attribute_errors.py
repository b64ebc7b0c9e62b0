# AttributeError messages of failed deletes: instance attributes, unset __slots__ members and class attributes.
class E:
    pass
e = E()
e.a = 1
try:
    del e.b
except AttributeError as ex:
    print(1, ex)
class S:
    __slots__ = ('x',)
s = S()
try:
    del s.x
except AttributeError as ex:
    print(2, ex)
try:
    s.x
except AttributeError as ex:
    print(3, ex)
try:
    del E.nope
except AttributeError as ex:
    print(4, ex)
