# locals(): the globals dict at module level; in a function the frame's f_locals (3.8-3.12, refreshed per call, holding the values) or a new snapshot per call (3.13)
import sys
x = [1, 2]
d = locals()
print(d is globals(), 'x' in d)
def f(a):
    b = [a]
    l = locals()
    print(sorted(l), sys.getrefcount(b), sys.getrefcount(l))
    l2 = locals()
    print(l is l2, sorted(l2))
    return l
r = f(3)
print(sorted(r), sys.getrefcount(r))
