# X | Y between classes (types.UnionType): repr, __args__, flattening, dedup, None, sizes, refcounts, ==, hash; 3.8's TypeError
import sys, gc

try:
    u = int | None
except TypeError as e:
    print("TypeError:", e)
    u = None

if u is not None:
    print(u, type(u), type(u).__name__, type(u).__qualname__, type(u).__module__, u.__module__)
    print(u.__args__, sys.getsizeof(u), gc.is_tracked(u), gc.is_tracked(u.__args__))
    print(sys.getrefcount(u), sys.getrefcount(u.__args__), len(u.__args__))
    print(None | int, int | int, str | str | str, type(None) | None, None | type(None))
    v = int | str
    w = v | float
    print(w, w.__args__, v | int, int | v, (v | int) == v, v | v)
    print((v | int) is v, (v | str) is v, (v | v) is v, (int | v) is v)
    print(int | (str | bytes) | (bytes | float), (int | str) | (str | int))
    print(list[int] | None, list[int] | list[int], list[int] | list[str], dict[str, list[int]] | tuple[int, ...] | None)
    print((list[int] | None).__args__, (list[int] | list[int]) == list[int])
    class Node:
        pass
    class Leaf(Node):
        pass
    n = Node | Leaf | None
    print(n, n.__args__[0] is Node, sys.getrefcount(Node) - sys.getrefcount(Leaf), sys.getrefcount(Leaf))
    print(n == (Leaf | Node | None), n != (Leaf | None), n == Node, n != 3, (int | str) == (str | int))
    print(hash(int | str) == hash(str | int), hash(n) == hash(None | Leaf | Node), {int | str: 1}[str | int])
    print(u.__parameters__, len(w.__parameters__), w.__parameters__ == ())
    print(bool(u), str(u), repr(n), f"{v}", "%s" % (v,))
    for bad in ("str", 1, [int], (int,)):
        try:
            print(int | bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(bad | int)
        except TypeError as e:
            print("TypeError:", e)
    try:
        None | None
    except TypeError as e:
        print("TypeError:", e)
    try:
        import weakref
        weakref.ref(v)
    except TypeError as e:
        print("TypeError:", e)
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)
    try:
        v.foo
    except AttributeError as e:
        print("AttributeError:", e)
    print(hasattr(v, "foo"), hasattr(v, "__args__"), v.__class__ is type(v))
    x = int
    x |= str
    x |= None
    print(x, x.__args__)
    del n
    print(sys.getrefcount(Node) - sys.getrefcount(Leaf), sys.getrefcount(Leaf))
