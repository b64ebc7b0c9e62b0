# Containers: tuple 40+8n, list 56+8*allocated, dict/set fixed headers (incl. the 16-byte GC header).
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))))
print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(frozenset()))
