# TypeVars as arguments of typing's aliases: __parameters__ tuples hold them, cache keys too.
import sys, gc
from typing import TypeVar, Generic, List, Dict, Optional, Callable, Tuple, NamedTuple
gc.collect()
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(sys.getrefcount(T))
L = List[T]
print(sys.getrefcount(T), L, L == List[T], L is List[T], L == List[int])
O = Optional[T]
print(sys.getrefcount(T), O, O == Optional[T])
D = Dict[K, V]
print(D, sys.getrefcount(K), sys.getrefcount(V), Dict[K, List[V]], sys.getrefcount(V))
C = Callable[[T], T]
print(C, Tuple[T, ...], Tuple[K, V], sys.getrefcount(T), sys.getrefcount(K))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def all(self) -> List[T]:
        return self.items

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.all(), sys.getrefcount(T), Stack.__parameters__, Stack[Dict[K, V]])
print(Stack[Dict[K, V]].__parameters__, sys.getrefcount(K))

class Entry(NamedTuple):
    key: K
    value: List[V]

print(Entry('a', [1]), Entry.__annotations__, sys.getrefcount(K))
del s
print(gc.collect())
