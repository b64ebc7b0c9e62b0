# modern typed program: builtin generics in annotations, dataclasses with list[int] fields, match, walrus
import sys, gc
from dataclasses import dataclass, field
gc.collect()

@dataclass
class Order:
    id: int
    items: list[str] = field(default_factory=list)
    prices: dict[str, float] = field(default_factory=dict)
    tags: tuple[str, ...] = ()

    def total(self) -> float:
        return sum(self.prices.get(i, 0.0) for i in self.items)

def parse(lines: list[str]) -> list[Order]:
    out: list[Order] = []
    for ln in lines:
        match ln.split(","):
            case [oid, *items] if (n := len(items)) > 0:
                out.append(Order(int(oid), items, {it: 1.5 * (k + 1) for k, it in enumerate(items)}))
            case [oid]:
                out.append(Order(int(oid)))
    return out

orders = parse(["1,apple,pear", "2", "3,fig"])
for o in orders:
    print(f"{o.id=} {o.total()=:.2f} {o}")
print(Order.__annotations__)
print(sys.getsizeof(orders[0].__dict__), sys.getrefcount(orders[0]))
def group(xs: list[int]) -> dict[bool, list[int]]:
    res: dict[bool, list[int]] = {True: [], False: []}
    for x in xs:
        res[x % 2 == 0].append(x)
    return res
print(group([1, 2, 3, 4]), group.__annotations__["return"])
del orders
print(gc.collect())
