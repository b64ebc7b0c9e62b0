# groupby hands out _grouper objects that share the groupby's state: once the groupby moves on,
# an earlier group is over.
import sys
from itertools import groupby

data = [1, 1, 2, 2, 2, 3, 1, 1]
print([(k, list(g)) for k, g in groupby(data)])
saved = [(k, g) for k, g in groupby(data)]
print([(k, list(g)) for k, g in saved])
gb = groupby('AAABBBCC')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
print(next(gb)[0], next(gb, 'done'))
for letter, group in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda w: w[0]):
    print(letter, list(group))
print(sorted(len(list(g)) for _, g in groupby(sorted('mississippi'))))

marker = object()
gb = groupby([marker, marker, marker, None])
k, g = next(gb)
print(k is marker, sys.getrefcount(marker))
x = next(g)
print(sys.getrefcount(marker))
del x, k
print(sys.getrefcount(marker))
del gb
print(sys.getrefcount(marker), sys.getrefcount(g), len(list(g)))
del g
print(sys.getrefcount(marker))
print(sys.getsizeof(groupby([])), type(groupby('a')).__name__)
gb = groupby('ab')
print(sys.getsizeof(next(gb)[1]), type(next(gb)[1]).__name__)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('no args', lambda: groupby())
attempt('int', lambda: groupby(5))
attempt('key not callable', lambda: list(groupby([1, 2], key=5)))
attempt('keyword', lambda: [k for k, _ in groupby('aAbB', key=str.lower)])
def failing(x):
    if x == 3:
        raise ValueError('bad key')
    return x
gb = groupby([1, 2, 3, 4], key=failing)
attempt('step', lambda: [(k, list(g)) for k, g in gb])
attempt('after', lambda: [(k, list(g)) for k, g in gb])
