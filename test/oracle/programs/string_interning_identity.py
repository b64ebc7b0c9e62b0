# Identifier-like constants are interned (same object); runtime-built strings are not, unless sys.intern is used.
import sys
a = 'hello_world'
b = 'hello_world'
print(a is b)
c = ''.join(['hello', '_world'])
print(a is c, a == c)
d = sys.intern(c)
print(a is d)
