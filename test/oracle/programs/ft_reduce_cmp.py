# functools.reduce reuses one argument tuple while nobody keeps it; cmp_to_key wraps each item in a KeyWrapper
import sys
import functools

seen = []
def add(acc, x):
    seen.append(sys.getrefcount(acc) - 1)
    return acc + [x]

start = []
total = functools.reduce(add, [1, 2, 3], start)
print(total, seen)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(max, [])
except TypeError as e:
    print('TypeError:', e)
try:
    functools.reduce(max, 5)
except TypeError as e:
    print('TypeError:', e)
def by_length(a, b):
    return len(a) - len(b)
words = ['ccc', 'a', 'bb']
print(sorted(words, key=functools.cmp_to_key(by_length)))
K = functools.cmp_to_key(by_length)
k1, k2 = K('aa'), K('b')
print(k1 > k2, k1 == k2, k1.obj, sys.getsizeof(k1))
try:
    hash(k1)
except TypeError as e:
    print('TypeError:', e)
