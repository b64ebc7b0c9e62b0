# dict views keep their dict alive: view.mapping (3.10+) reaches it after del
import sys, gc
gc.collect()
d = {i: str(i) for i in range(100)}
ks = d.keys()
vs = d.values()
its = d.items()
print(sys.getrefcount(d))
del d
print(len(ks), len(vs), len(its))
if sys.version_info >= (3, 10):
    m = ks.mapping
    print(type(m).__name__, m[5], len(m), m is ks.mapping, m == vs.mapping)
    print(sys.getsizeof(m), gc.is_tracked(m), sys.getrefcount(m))
    orig = m.copy()
    print(type(orig).__name__, len(orig), sys.getsizeof(orig))
    print(its.mapping.get(7), 3 in vs.mapping, list(ks.mapping)[:3])
    try:
        m[1] = 2
    except TypeError as e:
        print(e)
    print(type(ks).__dict__['mapping'], type(vs).mapping)
    del m, orig
else:
    print('no mapping before 3.10')
print(sys.getsizeof(ks), gc.collect())
