# Freeing the head of a linked list cascades: each node's refcount drops to zero in turn.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def __del__(self):
        print('free', self.value)
head = None
for v in range(4):
    head = Node(v, head)
n = head
length = 0
while n is not None:
    length += 1
    n = n.next
print('length', length)
second = head.next
print('drop head')
head = None
print('drop rest')
second = None
print('done')
