# Under := 3.8's AST optimizer folds nothing: its peephole optimizer makes the constant tuple, a new constant of its own (as for f(2, *t))
import sys
t = [4]
def f(*a):
    return a
print(sys.getrefcount(2), sys.getrefcount(3))
if (z := (2, 3)):
    print(sys.getrefcount(z) - sys.getrefcount(t))
print(f(2, *t), sys.getrefcount(2), sys.getrefcount(3))
print([w := (3, 2)], sys.getrefcount(2), sys.getrefcount(3))
