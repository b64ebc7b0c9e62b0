# An int computed at run time (not a code constant) has only the name + arg.
import sys
x = int('1000')
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
