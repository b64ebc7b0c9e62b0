# Absolute counts of a small int before 3.12: every literal 5 the parser read and every code object's constants hold it while the module runs
import sys
print(sys.getrefcount(5))
x = 5
print(sys.getrefcount(5))
y = [5, 5]
print(sys.getrefcount(5))
def f(a=5):
    return a
print(sys.getrefcount(5), f())
d = {5: 6}
t = (5, 6)
print(sys.getrefcount(5), sys.getrefcount(6))
del x, y, d, t
print(sys.getrefcount(5), sys.getrefcount(6))
