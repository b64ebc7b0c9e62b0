# During list.sort the list looks empty; adding to it raises "list modified during sort" and what was added is dropped. Keys are released in sorted order; NaN keeps its place.
L = [3, 1, 2]
def key(x):
    print('key', x, 'sees', L, len(L))
    return -x
L.sort(key=key)
print(L)

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('released', self.n)
L = [5, 4, 3]
def grow(x):
    L.append(Item(x))
    return x
try:
    L.sort(key=grow)
except ValueError as e:
    print('ValueError:', e)
print(L)

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __del__(self):
        print('key released', self.v)
L = [3, 1, 2, 5, 4]
L.sort(key=Key, reverse=True)
print(L)

nan = float('nan')
print(sorted([3.0, nan, 1.0, 2, nan, 0.5, True, -1, 7.5, 2.0]))
print(sorted([(1, nan), (1, 2), (0, nan), (1, 1), (nan, 1), (nan, 0)]))
