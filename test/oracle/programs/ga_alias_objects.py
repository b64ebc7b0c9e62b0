# types.GenericAlias objects: sizes, references, equality, hash, __parameters__, weakrefs, collection
import sys, gc, weakref

if sys.version_info >= (3, 9):
    gc.collect()
    a = list[int]
    b = list[int]
    print(a is b, a == b, a != b, hash(a) == hash(b), a == list[str], a == dict[int, int])
    print(sys.getsizeof(a), sys.getsizeof(dict[str, list[int]]), sys.getsizeof(type[int]))
    print(sys.getrefcount(a), a.__origin__ is list)
    key = (str, int)
    d = dict[key]
    print(d.__args__ is key, sys.getrefcount(key))
    print(a.__parameters__, tuple[int, ...].__args__[1] is Ellipsis)
    print(len(gc.get_referents(d)), gc.get_referents(d)[0] is dict)
    nested = list[dict[str, set[frozenset[int]]]]
    print(nested.__args__[0].__args__[1].__args__[0].__origin__ is frozenset)

    class Matrix(list):
        pass

    m = Matrix[float]
    print(m.__origin__ is Matrix, m == Matrix[float], m == list[float])
    r = weakref.ref(m)
    print(r() is m)
    del m
    print(r())
    c0 = gc.get_count()
    kept = [dict[str, int] for _ in range(50)]
    c1 = gc.get_count()
    print(c1[0] - c0[0], len(kept), kept[0] == kept[49])
    del kept
    print(gc.collect())
    box = []
    holder = list[int]
    box.append(holder)
    print(sys.getrefcount(holder))
    del box, holder
    print(gc.collect())
else:
    print('types.GenericAlias needs 3.9')
