# deepcopy's memo: shared objects copied once, cycles reproduced, the _keep_alive list
import copy
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a = Node(1)
b = Node(2)
a.next = b
b.next = a
c = copy.deepcopy(a)
print(c.next.next is c, c is not a, c.next.value, sys.getrefcount(c), sys.getrefcount(a))
loop = [1, 2]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2[2] is loop2, loop2 is not loop, len(loop2))
d = {'me': None}
d['me'] = d
print(copy.deepcopy(d)['me'] is not d)
shared = ['s']
memo = {}
out = copy.deepcopy([shared, (shared, 5), {'k': shared}], memo)
print(out[1][0] is out[0], out[2]['k'] is out[0], len(memo))
keep = memo[id(memo)]
print(type(keep).__name__, len(keep), keep[0] is shared, sys.getsizeof(memo), sys.getsizeof(keep))
print(memo[id(shared)] is out[0], sys.getrefcount(shared), sys.getrefcount(out[0]))
again = copy.deepcopy(shared, memo)
print(again is out[0], len(memo))
del memo, keep
print(sys.getrefcount(shared), sys.getrefcount(out[0]))
