# PyNumber_Index of an int subclass: its __index__ is never called; 3.8 keeps the object (range keeps it, operator.index returns it), 3.10+ copy it to an exact int
import operator, sys
class I(int):
    def __index__(self):
        print("called")
        return 5
x = I(7)
y = operator.index(x)
print(y, type(y).__name__, y is x)
print(operator.index(True), type(operator.index(True)).__name__)
r = range(x)
print(r, r.stop is x, sys.getrefcount(x))
print([0,1,2,3,4,5,6,7,8][x], hex(x), bin(x))
class J(int): pass
r = range(True)
print(r, range(J(3)), range(1, J(5), True))
print(r.stop, type(r.stop), list(r))
import sys
x = J(7)
r2 = range(x)
print(sys.getrefcount(x), r2.stop is x)
