# a typical type-hinted program under PEP 563
from __future__ import annotations
import sys
import gc
from dataclasses import dataclass, field
gc.collect()


class Node:
    value: int
    children: list[Node]
    parent: Node | None

    def __init__(self, value: int, parent: Node | None = None) -> None:
        self.value = value
        self.children: list[Node] = []
        self.parent = parent

    def add(self, value: int) -> Node:
        child = Node(value, self)
        self.children.append(child)
        return child

    def walk(self) -> list[int]:
        out: list[int] = [self.value]
        for c in self.children:
            out.extend(c.walk())
        return out


def index(words: list[str], *, lower: bool = True) -> dict[str, int] | None:
    counts: dict[str, int] = {}
    for w in words:
        key = w.lower() if lower else w
        counts[key] = counts.get(key, 0) + 1
    return counts or None


@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] = field(default_factory=list)


root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root.walk())
print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(index.__annotations__)
print(index(['A', 'b', 'a']), index([]))
p = Point(1.5)
print(p, Point.__annotations__)
print(sys.getrefcount(Node.__annotations__['children']), sys.getsizeof(Node.__annotations__))
print(sys.getsizeof(index.__annotations__))
del root, a
print(gc.collect())
