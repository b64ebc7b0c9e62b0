# a method call on an instance of a class over a builtin type (deque, int) finds an instance attribute that shadows the method
import collections
class D(collections.deque): pass
d = D()
d.append = lambda x: print("mine", x)
d.append(1)
print(len(d))
class I(int): pass
i = I(3)
i.bit_length = lambda: 99
print(i.bit_length())
