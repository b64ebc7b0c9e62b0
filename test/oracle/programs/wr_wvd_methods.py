# WeakValueDictionary's mapping methods; its values are KeyedRef weak references with the shared _remove callback
import sys, weakref

class Item:
    def __init__(self, n):
        self.n = n

a, b, c = Item(1), Item(2), Item(3)
d = weakref.WeakValueDictionary({"one": a}, two=b)
print(sorted(d), d["one"].n, d.get("two").n, d.get("six"), d.get("six", 0))
kr = d.data["one"]
print(type(kr).__name__, kr.key, kr() is a, kr.__callback__ is d._remove, sys.getsizeof(kr) - sys.getsizeof(weakref.ref(a)))
print(d.setdefault("three", c) is c, d.setdefault("three", a) is c, len(d))
print(d.pop("three") is c, d.pop("three", "none"), len(d))
try:
    d.pop("three")
except KeyError as e:
    print("KeyError", e)
d.update({"four": c}, five=c)
print(sorted(d), weakref.getweakrefcount(c), len(d.valuerefs()))
del d["four"]
try:
    del d["four"]
except KeyError as e:
    print("KeyError", e)
d["five"] = a
print(sorted(d), weakref.getweakrefcount(c), weakref.getweakrefcount(a))
try:
    d[[]] = a
except TypeError as e:
    print("TypeError", e)
try:
    d["x"] = 5
except TypeError as e:
    print("TypeError", e)
print(len(d), "x" in d, isinstance(d, weakref.WeakValueDictionary))
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
