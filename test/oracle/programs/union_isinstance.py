# isinstance()/issubclass() against X | Y unions, in tuples, with bool/int subclasses, and the TypeErrors of unions holding list[int]
import sys

if sys.version_info < (3, 10):
    print("no unions before 3.10")
else:
    class Base:
        pass
    class Child(Base):
        pass
    Num = int | float
    Opt = Base | None
    print(isinstance(3, Num), isinstance(2.5, Num), isinstance("x", Num), isinstance(True, Num))
    print(isinstance(None, Opt), isinstance(Child(), Opt), isinstance(Base(), Opt), isinstance(3, Opt))
    print(isinstance("s", (bytes, str | int)), isinstance(b"b", (Num, bytes | None)), isinstance([], (Num, Opt)))
    print(issubclass(bool, Num), issubclass(Child, Opt), issubclass(type(None), Opt), issubclass(str, Num))
    print(issubclass(Child, (str, Base | int)), issubclass(float, int | str | float))
    def check(x):
        if isinstance(x, int | str):
            return "int or str"
        if isinstance(x, list | tuple | None):
            return "seq or None"
        return "other"
    print([check(v) for v in (1, "a", [], (), None, 2.0, {})])
    try:
        issubclass(3, Num)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(Child(), Opt)
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance(3, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(int, 3)
    except TypeError as e:
        print("TypeError:", e)
    G = list[int] | None
    for x in (None, 3, [1]):
        try:
            print(isinstance(x, G))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(isinstance(3, int | list[int]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(issubclass(int, int | list[int]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(issubclass(str, list[int] | int))
    except TypeError as e:
        print("TypeError:", e)
    try:
        isinstance([], list[int])
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(list, dict[str, int])
    except TypeError as e:
        print("TypeError:", e)
    print(sys.getrefcount(Num), sys.getrefcount(Opt), sys.getrefcount(Num.__args__))
