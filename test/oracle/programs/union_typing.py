# typing.Union and typing.Optional beside X | Y: equal as argument sets on 3.10+, equal hashes, a Generic class in a union
import sys
import typing

T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    pass
if sys.version_info >= (3, 10):
    print(typing.Union[int, str] == int | str, (int | str) == typing.Union[str, int], typing.Optional[int] == int | None)
    print(typing.Union[int, str] != int | str, (int | None) != typing.Optional[str], typing.List[int] == list[int] | None)
    print(typing.Union[int, str], int | str, hash(typing.Union[int, str]) == hash(int | str))
    print(Box | None, (Box | None).__args__[0] is Box, typing.Generic | None)
    print(isinstance(Box(), Box | None), sys.getrefcount(int | str))
else:
    print(typing.Union[int, str], typing.Optional[int], Box)
