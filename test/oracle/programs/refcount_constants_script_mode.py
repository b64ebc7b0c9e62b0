# Constants in a script are referenced by the code object and by the compiler's AST arena: +2 each.
import sys
f = 2.718
s = 'not an identifier!'
t = (1, 2, 3)
big = 12345678901234567890
print(sys.getrefcount(f), sys.getrefcount(s), sys.getrefcount(t), sys.getrefcount(big))
g = f
print(sys.getrefcount(f))
computed = float('2.718')
print(sys.getrefcount(computed), computed == f, computed is f)
