# a structure nested 10,000+ levels deep frees in pieces: 3.13's trashcan counts in the C recursion budget, so it defers only near 10,000 levels
class Leaf:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        order.append(self.n)
order = []
def show(label):
    marks = [i for i in range(1, len(order)) if order[i] != order[i - 1] - 1]
    print(label, len(order), marks[:6], [order[m] for m in marks[:6]])
    order.clear()
def build(n):
    x = None
    for i in range(n):
        x = [x, Leaf(i)]
    return x
x = build(10200)
del x
show("module level")
def drop():
    y = build(10100)
    del y
drop()
show("in a function")
def drop2(_):
    y = build(10100)
    y = None
    return 0
list(map(drop2, [1]))
show("called from map")
