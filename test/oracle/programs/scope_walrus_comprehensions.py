# The walrus operator in comprehensions binds in the enclosing function or module scope; 3.8 does not fold constants under :=.
import sys
if (x := 2 * 300):
    print(sys.getrefcount(x))
y = [(z := (1, 2) * 2) for i in range(1)]
print(sys.getrefcount(z))
def f():
    r = [(w := i * 2) for i in range(3)]
    return w, r
print(f())
def g():
    global gv
    r = [(gv := [i]) for i in range(2)]
    return r
g()
print(gv, sys.getrefcount(gv))
def h():
    t = [[(q := j) for j in range(2)] for k in range(2)]
    return q
print(h())
print([(a := n) for n in [5, 6]], a)
