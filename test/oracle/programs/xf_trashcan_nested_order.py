# the order __del__ runs in when a nested structure is freed: CPython's trashcan defers every ~50 levels (3.8-3.12), counting only container deallocations
class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt
    def __del__(self):
        order.append(self.n)
order = []
def show(label):
    marks = [i for i in range(1, len(order)) if order[i] != order[i - 1] - 1]
    print(label, len(order), marks[:8], [order[m] for m in marks[:8]])
    order.clear()
head = None
for i in range(200):
    head = Node(i, head)
del head
show("linked nodes")
nested = []
for i in range(300):
    nested = [nested, Node(i, None)]
del nested
show("nested lists")
t = None
for i in range(300):
    t = (t, Node(i, None))
del t
show("nested tuples")
d = {}
for i in range(300):
    d = {"next": d, "leaf": Node(i, None)}
del d
show("nested dicts")
fs = frozenset()
for i in range(300):
    fs = frozenset([(fs, Node(i, None))])
del fs
show("nested frozensets")
def drop():
    x = []
    for i in range(150):
        x = [x, Node(i, None)]
    del x
drop()
show("in a function")
