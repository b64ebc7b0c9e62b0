# reversed() of a dict and of its views gives dict_reverse{key,value,item}iterator objects (72 B,
# GC-tracked, holding the dict until exhausted; the item iterator recycles its result tuple);
# keys()/items() views have isdisjoint (iterating the shorter side when both are set-like).
import sys, gc
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed(d)))
r = reversed(d)
print(type(r).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__, sys.getsizeof(r), gc.is_tracked(r))
print(sys.getrefcount(d))
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(sys.getrefcount(d))
ri = reversed(it)
a = next(ri)
b = next(ri)
print(a, b, a is b)
del a
c = next(ri)
print(c, sys.getrefcount(c))
del ri, c
d["z"] = 0
rk = reversed(d)
del d["a"]
try:
    next(rk)
except RuntimeError as e:
    print(e)
e = dict.fromkeys(range(10))
del e[9], e[8], e[0]
print(list(reversed(e)), list(reversed(e.items()))[:2])
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), it.isdisjoint([("b", 2)]), it.isdisjoint({("b", 5)}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(k.isdisjoint(v), k.isdisjoint("xyz"), k.isdisjoint({"b": 0}.keys()), k.isdisjoint(range(3)))
f = {"a": [1]}
print(f.items().isdisjoint({("a", 5)}))
try:
    f.items().isdisjoint({("a", 5), ("b", 1), ("c", 2)})
except TypeError as ex:
    print(ex)
try:
    k.isdisjoint()
except TypeError as ex:
    print(ex)
try:
    it.isdisjoint([[1, 2]])
except TypeError as ex:
    print(ex)
class D(dict):
    pass
dd = D(x=1, y=2)
print(list(reversed(dd)), list(reversed(dd.values())))
