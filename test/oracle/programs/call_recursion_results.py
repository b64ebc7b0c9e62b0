# Recursion: every active call has its own local variables.
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def depth(lst):
    if not isinstance(lst, list):
        return 0
    return 1 + max([depth(x) for x in lst] + [0])
print(fact(5), fact(20), fact(30))
print([fib(i) for i in range(15)])
print(depth([1, [2, [3, [4]], []]]))
print(sys.getrecursionlimit())
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
out = count_down(5, [])
print(out, sys.getrefcount(out))
