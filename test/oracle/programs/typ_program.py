# A typical type-hinted program: Optional/List/Dict annotations on functions and classes
import gc, sys
from typing import Dict, List, Optional, cast
gc.collect()

class Inventory:
    items: Dict[str, int]

    def __init__(self, owner: str, limit: Optional[int] = None) -> None:
        self.owner = owner
        self.limit = limit
        self.items = {}

    def add(self, name: str, count: int = 1) -> int:
        self.items[name] = self.items.get(name, 0) + count
        return self.items[name]

    def names(self) -> List[str]:
        return sorted(self.items)

def find(inv: Inventory, name: str) -> Optional[int]:
    return inv.items.get(name)

inv = Inventory('ada')
inv.add('apple', 3)
inv.add('pear')
print(inv.names(), find(inv, 'apple'), find(inv, 'plum'))
print(find.__annotations__)
print(Inventory.__annotations__)
print(Inventory.add.__annotations__)
n = cast(int, find(inv, 'pear'))
print(n, sys.getrefcount(inv), sys.getsizeof(inv.items))
print(gc.collect())
