# list[int], dict[str, int], tuple[int, ...] (types.GenericAlias) in annotations and as values; 3.8 raises TypeError
import sys, gc

try:
    def total(xs: list[int], weights: dict[str, float] = {}) -> tuple[int, ...]:
        return (sum(xs),)
    print(total([1, 2, 3]), total.__annotations__)
except TypeError as e:
    print("TypeError", e)

try:
    gc.collect()
    c0 = gc.get_count()[0]
    a = list[int]
    c1 = gc.get_count()[0]
    print(c1 - c0, sys.getsizeof(a), repr(a), type(a).__name__, gc.is_tracked(a))
    print(a.__origin__ is list, a.__args__, sys.getrefcount(a.__args__), a.__class__.__name__)
    t = (str, int)
    d = dict[t]
    print(d.__args__ is t, sys.getrefcount(t), d)
    e = dict[str, int]
    print(sys.getrefcount(e.__args__), tuple[int, ...], type[int], list[list[int]], tuple[()], set[frozenset[bytes]])
    print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]), list[int] is list[int])
    print(list[int].append is list.append, list[int].__name__, dict[str, int].fromkeys("ab"))
    class Node:
        pass
    print(list[Node], dict[str, "Node"], tuple[Node, None])
    def f(xs: list[int], m: dict[str, list[float]]) -> tuple[int, str]:
        return 1
    print(f.__annotations__)
    r = sys.getrefcount(t)
    del d
    print(sys.getrefcount(t) - r, gc.collect())
    m = {list[int]: "ints"}
    print(m[list[int]], len({list[int], list[int], list[str]}))
except TypeError as e:
    print("TypeError", e)
