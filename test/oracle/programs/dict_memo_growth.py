# A memoisation dict grows as results are cached; each entry holds the key and value.
import sys
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(10), len(memo), sys.getsizeof(memo))
print(fib(30), len(memo), sys.getsizeof(memo))
print(fib(90), len(memo), sys.getsizeof(memo))
print(list(memo)[:5], memo[90])
memo.clear()
print(len(memo), sys.getsizeof(memo))
