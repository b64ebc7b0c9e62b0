class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        self._size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev


lst = LinkedList(1, 2, 3)
lst.reverse()
print(list(lst), len(lst))
nodes = [n for n in lst if n % 2 == 1]
a = b = [1, 2]
a.append(a)
del a, b
