# locals() in a class body is the namespace being built; at module level it is globals(); frame.f_locals up to 3.12
import sys
x = 1
print(locals() is globals(), 'x' in locals())

class C:
    a = 1
    ns = locals()
    print(sorted(ns))
    b = 2

print(sorted(k for k in C.ns if not k.startswith('__')), C.ns is not C.__dict__)

def callee():
    up = sys._getframe(1)
    if sys.version_info < (3, 13):
        d = up.f_locals
        print(sorted(d), sys.getrefcount(d))
    return up

def caller(a):
    b = [a]
    f = callee()
    if sys.version_info < (3, 13):
        print(sorted(locals()), f.f_locals is locals())
    return f

fr = caller(5)
if sys.version_info < (3, 13):
    print(sorted(fr.f_locals), fr.f_locals['b'])
del fr
mod = sys._getframe()
print(mod.f_locals is globals())

def nested():
    v = 1
    return (lambda a, b: sorted(locals()))(v, 2)

print(nested())
