# deepcopy recurses twice per level of nesting (deepcopy + _deepcopy_list): RecursionError comes early
import copy
import sys

sys.setrecursionlimit(200)


def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


for depth in (40, 90, 95, 96, 97, 98, 99, 100, 120):
    try:
        copy.deepcopy(nested(depth))
        print(depth, 'copied')
    except RecursionError as e:
        print(depth, 'RecursionError:', e)
for depth in (90, 98, 100):
    copy.copy(nested(depth))
    print(depth, 'shallow copy is fine')


class Link:
    def __init__(self, nxt):
        self.nxt = nxt


chain = None
for _ in range(60):
    chain = Link(chain)
try:
    copy.deepcopy(chain)
    print('chain copied')
except RecursionError as e:
    print('chain RecursionError:', e)
