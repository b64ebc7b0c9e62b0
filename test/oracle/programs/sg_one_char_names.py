# 1-character identifiers are the shared 1-char strings before 3.12: the parser, the name tuples of every code object, functions and classes hold them
import sys
def f(x):
    return x
print(sys.getrefcount('f'), sys.getrefcount('x'))
class K:
    g = 1
print(sys.getrefcount('K'), sys.getrefcount('g'))
def h():
    g = 2
    return g
print(sys.getrefcount('g'), sys.getrefcount('h'), h())
del f
print(sys.getrefcount('f'))
print(sys.getrefcount('q'), sys.getrefcount(chr(113)))
q = 'q'
print(sys.getrefcount('q'))
