# Forward references: string arguments become ForwardRef objects inside typing's aliases
import gc, sys
from typing import Dict, List, Optional, Union
gc.collect()

class Node:
    def __init__(self, value: int, nxt: Optional['Node'] = None) -> None:
        self.value = value
        self.nxt = nxt

    def to_list(self) -> List['Node']:
        out: List['Node'] = []
        cur: Optional['Node'] = self
        while cur is not None:
            out.append(cur)
            cur = cur.nxt
        return out

head = Node(1, Node(2, Node(3)))
print([n.value for n in head.to_list()])
print(Node.__init__.__annotations__, Node.to_list.__annotations__)
x = Optional['Node']
print(x, Optional['Node'] is x, Union['Node', None] == x, Union['Node', None] is x)
print(Dict[str, 'Node'], Union['A', 'B', 'A'], List['Node'] == List['Node'])
print(sys.getrefcount(x), sys.getsizeof(x), gc.is_tracked(x), sys.getrefcount(Node))
print(gc.collect())
