# Dicts built different ways get different table sizes: literals and dict(**kw) can be presized.
import sys
print(sys.getsizeof({}), sys.getsizeof(dict()))
print(sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof({i: i for i in range(6)}), sys.getsizeof({str(i): i for i in range(6)}))
print(sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof(dict.fromkeys('abcdef')))
print(sys.getsizeof(dict(zip('abc', range(3)))), sys.getsizeof(dict([(1, 2), (3, 4)])))
big = {i: None for i in range(100)}
print(len(big), sys.getsizeof(big), sys.getsizeof(big.copy()))
