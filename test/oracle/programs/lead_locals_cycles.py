# locals() under automatic collections: an f_locals dict that holds itself is cyclic garbage; __del__ waits for the frame
import gc, sys
gc.collect()

class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        if self.i % 97 == 0:
            print('del', self.i)

def make(i):
    n = N(i)
    n.self = n
    snap = locals()
    return snap

out = []
for i in range(1500):
    d = make(i)
    if i % 3 == 0:
        out.append(d)
print(len(out), gc.get_count())
del out, d
print(gc.collect())

def selfref():
    me = None
    me = locals()
    return me

r = selfref()
print(r['me'] is r, sys.getrefcount(r))
del r
print(gc.collect())

class D:
    def __del__(self):
        print('del D')

def h():
    o = D()
    locals()
    del o
    print('after del o')
    return 7

print(h())
print('end h')
