# Immutable atoms and tuples of atoms are returned as they are; a tuple holding a list is copied
import copy
import sys


def f():
    pass


class K:
    pass


atoms = [7, 2.5, 'word', b'raw', None, True, 3j, f, K, len, range(4), Ellipsis]
print([copy.copy(x) is x for x in atoms])
print([copy.deepcopy(x) is x for x in atoms])
t = (1, 'two', (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
lst = [5]
u = (1, lst)
u2 = copy.deepcopy(u)
print(u2 is u, u2 == u, u2[1] is lst, sys.getrefcount(lst), sys.getrefcount(u2[1]))
fz = frozenset({1, 2})
print(copy.copy(fz) is fz, copy.deepcopy(fz) is fz, copy.deepcopy(fz) == fz)
s = {1, 2, 3}
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2 == s, s2 is s, s3 == s, s3 is s, sys.getsizeof(s3))
ba = bytearray(b'abc')
print(copy.copy(ba), copy.copy(ba) is ba)
nested = ((1, 2), (3, [4]))
n2 = copy.deepcopy(nested)
print(n2[0] is nested[0], n2[1] is nested[1], n2[1][1] is nested[1][1])
