# operator.length_hint and PyObject_LengthHint: len() (a TypeError dropped), __length_hint__ looked up and called (NotImplemented/TypeError give the default), list() and extend() presizing from it
import operator, sys
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(iter(range(5))))
print(operator.length_hint(x for x in []), operator.length_hint(5, 7))
class H:
    def __length_hint__(self): return 4
    def __iter__(self): return iter([1, 2])
class N:
    def __length_hint__(self): return NotImplemented
class B:
    def __length_hint__(self): return 'x'
class Neg:
    def __length_hint__(self): return -1
class TE:
    def __length_hint__(self): raise TypeError('no')
class VE:
    def __length_hint__(self): raise ValueError('bad')
class BadLen:
    def __len__(self): return 'x'
    def __length_hint__(self): return 9
print(operator.length_hint(H()), operator.length_hint(N(), 3), operator.length_hint(TE(), 2), operator.length_hint(BadLen()))
for o in (B(), Neg(), VE()):
    try: operator.length_hint(o)
    except Exception as e: print(type(e).__name__, e)
try: operator.length_hint([], 'a')
except TypeError as e: print(e)
l = list(H()); print(l, sys.getsizeof(l))
l2 = []; l2.extend(H()); print(sys.getsizeof(l2))
it = iter([1, 2, 3]); next(it); print(operator.length_hint(it), sys.getrefcount(it))
