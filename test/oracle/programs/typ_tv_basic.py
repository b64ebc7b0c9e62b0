# typing.TypeVar: reprs, attributes, sizes, reference counts, GC tracking and collection.
import sys, gc
from typing import TypeVar, List
gc.collect()
T = TypeVar('T')
S = TypeVar('S', bound=int)
K = TypeVar('K', int, str)
C = TypeVar('C', covariant=True)
D = TypeVar('D', contravariant=True)
N = TypeVar('N', bound='Node')
print(T, S, K, C, D, N, repr(T), str(K), [T, S], {'k': K})
print(T.__name__, S.__bound__, K.__constraints__, C.__covariant__, D.__contravariant__, T.__bound__, T.__constraints__)
print(N.__bound__, C.__contravariant__, T.__covariant__, T.__module__, type(T), isinstance(T, TypeVar))
print(sys.getsizeof(T), sys.getsizeof(S), sys.getsizeof(K), gc.is_tracked(T), gc.is_tracked(K))
print(sys.getrefcount(T), sys.getrefcount(K), T == T, T == S, T != S, hash(T) == hash(T))
name = 'U' + str(len(sys.argv))
U = TypeVar(name)
print(U, sys.getrefcount(name), U.__name__ is name)
del U
print(sys.getrefcount(name))
ts = [TypeVar('V%d' % i) for i in range(3)]
print(ts, sys.getrefcount(ts[0]))
class A:
    pass
W = TypeVar('W', A, int)
A.w = W
print(W, sys.getrefcount(W), W.__constraints__[0] is A)
gc.collect()
del A, W
print(gc.collect())
try:
    class X(TypeVar):
        pass
except TypeError as e:
    print('TypeError', e)
