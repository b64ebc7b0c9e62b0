# operator.concat/iconcat (PySequence_Concat: sq_concat, NULL once a class defines __add__; then nb_add for two sequences), countOf/indexOf
import operator
class L(list):
    def __add__(self, o): return 'custom'
class M(list):
    pass
class S:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'S+'
class N:
    def __add__(self, o): return 'N+'
print(operator.concat(L([1]), [2]), operator.concat(M([1]), [2]), type(operator.concat(M([1]), [2])))
print(operator.concat(S(), [1]))
try: operator.concat(N(), [1])
except TypeError as e: print(e)
try: operator.concat([1], (2,))
except TypeError as e: print(e)
try: operator.concat(S(), {})
except TypeError as e: print(e)
print(operator.iconcat(L([1]), [2]))
a = [1]; print(operator.iconcat(a, (2, 3)), a)
try: operator.iconcat(N(), [1])
except TypeError as e: print(e)
print(operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf('abc', 'c'))
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
try: operator.countOf(5, 5)
except TypeError as e: print(e)
