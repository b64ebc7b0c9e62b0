# typing's container aliases through the module and by name: reprs, equality, hashing as dict keys
import typing, gc, sys
from typing import Iterator, Sequence, Type, Any, Mapping, Iterable, MutableMapping, Generator, Set, FrozenSet
gc.collect()
class C: pass
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), gen.__annotations__)
print(typing.Optional[typing.List[typing.Dict[str, Any]]], typing.Union[int, typing.List[int]], Type[C], Iterable[C])
print(MutableMapping[str, int], Generator[int, None, None], Set[int] == Set[int], FrozenSet[C], typing.Tuple, typing.Callable)
print(Sequence[int] == Iterable[int], typing.List[int] == typing.List[str], typing.Union[int, str] == typing.Union[int, str, int])
d = {typing.List[int]: 1, typing.Optional[int]: 2}
print(d[typing.List[int]], d[typing.Union[int, None]], len(d))
print(typing.Union[C, None] == typing.Optional[C], sys.getrefcount(C))
print(gc.collect())
