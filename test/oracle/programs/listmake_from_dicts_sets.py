# list() of sets, dicts and dict views: 3.13 copies them with one list_resize (over-allocated) instead of an exact preallocation.
import sys, gc
d = {"a": 1, "b": 2}
print(sys.getsizeof(list(d)), sys.getsizeof(list(d.keys())), sys.getsizeof(list(d.values())), sys.getsizeof(list(d.items())))
s = {1, 2, 3}
print(sys.getsizeof(list(s)), sys.getsizeof(list(frozenset(s))))
l = [0]
l.extend(d)
print(sys.getsizeof(l))
l += s
print(sys.getsizeof(l), l)
def f():
    c = {}
    c["a"] = 1
    s = list(c)
    return sys.getsizeof(s)
print(f())
gc.disable(); gc.collect()
c0 = gc.get_count()[0]
x = list(d.items())
print(gc.get_count()[0] - c0, sorted(list(d.items())))
print(sys.getsizeof(sorted(d)), sys.getsizeof(sorted(s)))
