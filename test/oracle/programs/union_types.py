# types.UnionType through the types module: isinstance and type() of unions, the type's repr and name, instantiation refused
import sys
import types

if sys.version_info >= (3, 10):
    u = int | str
    print(types.UnionType, type(u) is types.UnionType, isinstance(u, types.UnionType), isinstance(int, types.UnionType))
    print(types.UnionType.__name__, types.UnionType.__module__, types.UnionType.__qualname__)
    print(isinstance(list[int], types.UnionType), isinstance(list[int] | None, types.UnionType))
    try:
        types.UnionType()
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Sub(types.UnionType):
            pass
    except TypeError as e:
        print("TypeError:", e)
    print(types.NoneType | int, int | types.NoneType)
else:
    print(types.FunctionType)
