# String built at run time: only name + arg.
import sys
s = ''.join(['ab', 'cd', 'ef'])
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
