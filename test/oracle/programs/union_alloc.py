# the blocks and bytes each X | Y allocates (tracemalloc current and peak, gc counts): the 3.10 pack/flatten/dedup/resize, 3.11+'s merge
import sys, gc, tracemalloc

if sys.version_info >= (3, 10):
    gc.collect()
    tracemalloc.start()
    keep = []
    def m(label, f):
        gc.disable()
        tracemalloc.reset_peak()
        a = tracemalloc.get_traced_memory()[0]
        c0 = gc.get_count()[0]
        r = f()
        cur, peak = tracemalloc.get_traced_memory()
        c1 = gc.get_count()[0]
        gc.enable()
        keep.append(r)
        print(label, cur - a, peak - a, c1 - c0, r)
    u = int | str
    m("pair", lambda: bytes | float)
    m("add", lambda: u | bytes)
    m("dup right", lambda: u | int)
    m("dup left", lambda: int | u)
    m("same", lambda: int | int)
    m("none", lambda: None | int)
    m("none none", lambda: type(None) | None)
    m("chain", lambda: int | str | float | bytes | complex | list | dict | set)
    m("big dup", lambda: (int | str | float) | (float | bytes | int))
    m("alias", lambda: list[int] | None)
    m("alias dup", lambda: (list[int] | None) | list[int])
    m("alias eq", lambda: list[int] | list[int])
    m("params", lambda: u.__parameters__)
    m("params again", lambda: u.__parameters__)
    m("isinstance", lambda: isinstance(3, u))
    m("issubclass", lambda: issubclass(bool, u | None))
    m("args", lambda: u.__args__)
    del keep[:]
    tracemalloc.stop()
    gc.disable()
    c0 = gc.get_count()[0]
    r = repr(u), repr(list[int] | None), (list[int] | dict[str, int]).__parameters__, hash(u) == hash(str | int), u == (str | int), u != (str | float)
    print(gc.get_count()[0] - c0, r)
    gc.enable()
    print(gc.collect())
else:
    print(sys.version_info < (3, 10))
