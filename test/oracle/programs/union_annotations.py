# X | Y in function, class and dataclass annotations: __annotations__, dataclass fields, repr, __doc__, refcounts and collection
import sys, gc
from dataclasses import dataclass, field, fields

try:
    def find(items: list[str], key: str | None = None) -> int | None:
        return None if key is None else len(items)
    print(find(["a"], "k"), find.__annotations__)
    class Config:
        name: str | None = None
        retries: int | float = 3
        tags: list[str] | None
    print(Config.__annotations__, Config.name)

    @dataclass
    class User:
        name: str
        email: str | None = None
        age: int | None = None
        friends: list[str] | None = field(default=None)
    u = User("ann")
    print(u, User("bob", "b@x", 3) == User("bob", "b@x", 3))
    print([f.type for f in fields(User)], User.__doc__)
    ann = User.__annotations__["email"]
    print(ann, sys.getrefcount(ann), gc.is_tracked(ann))

    class Tree:
        pass
    before = sys.getrefcount(Tree)
    Tree.child = Tree | None
    print(sys.getrefcount(Tree) - before, Tree.child)
    gc.collect()
    del Tree
    print(gc.collect())
    def g(a: int | str, b: "int | None" = None, *args: bytes | None, **kw: float | int) -> None:
        pass
    print(g.__annotations__)
except TypeError as e:
    print("TypeError:", e)
