# _PySequence_IterSearch compares obj == item on 3.8 and item == obj from 3.10 (in, countOf, indexOf); a list subclass whose __add__/__mul__ decline has no sq_concat/sq_repeat
import operator, sys
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print('eq', self.n, getattr(o, 'n', o))
        return NotImplemented
class It:
    def __iter__(self): return iter([E(1), E(2)])
print(E(0) in It())
print(operator.countOf(It(), E(9)))
try: operator.indexOf(It(), E(8))
except ValueError as e: print(e)
class L(list):
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
try: L([1]) + [2]
except TypeError as e: print(e)
try: L([1]) * 2
except TypeError as e: print(e)
x = L([1]); x += [5]; print(x, type(x))
a = (1, 2); b = operator.concat(a, (3,)); print(b, sys.getrefcount(b), sys.getrefcount(a))
s = 'abc'; print(operator.concat(s, '') is s, operator.concat('', s) is s)
print(operator.countOf('banana', 'a'), operator.indexOf(b'xyz', ord('z')))
