# A singly linked list with iteration, search and removal.
class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def find(self, value):
        for i, v in enumerate(self):
            if v == value:
                return i
        return -1

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False

    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'


lst = LinkedList([3, 1, 4, 1, 5])
lst.remove(4)
print(lst, len(lst), lst.find(5))
