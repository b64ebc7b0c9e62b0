# __self__ of builtin functions and methods: the builtins module for len/print (m_self), None
# for a static method, the class for a class method, the object for a bound builtin method.
import sys
print(len.__self__)
print(print.__self__ is __builtins__)
print(str.maketrans.__self__)
print(dict.fromkeys.__self__)
print(int.from_bytes.__self__)
print([].append.__self__)
print((1).__add__.__self__)
