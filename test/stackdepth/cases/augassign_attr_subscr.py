# Augmented assignment to attributes, subscripts and slices (DUP_TOP_TWO / COPY).
class Box:
    def __init__(self):
        self.n = 0
        self.items = [0, 0, 0]

    def add(self, k):
        self.n += k
        self.items[0] += k
        self.items[k % 3] *= 2
        return self.n


def nested_attr(obj):
    obj.a.b.c += 1
    obj.a[1].b += 2
    return obj


def subscr(d, k):
    d[k] += 1
    d[k][0] -= 1
    d['key'] = d.get('key', 0)
    d['key'] += 5
    return d


def slices(lst):
    lst[1:3] += [9]
    lst[:] += [1]
    lst[::2] *= 1
    lst[1:2:1] += []
    return lst


def tuple_key(grid, i, j):
    grid[i, j] += 1
    grid[i + 1, j - 1] += grid[i, j]
    return grid


b = Box()
b.n += 5
b.items[1] += 7
