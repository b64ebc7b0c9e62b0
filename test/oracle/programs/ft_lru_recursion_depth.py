# a recursive function behind lru_cache is called through C at every level: up to 3.11 each level counts twice toward the recursion limit
import sys
import functools

sys.setrecursionlimit(300)

@functools.lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1

def plain(n):
    return 0 if n == 0 else plain(n - 1) + 1

def first_failing(f, clear):
    for n in range(100, 400):
        clear()
        try:
            f(n)
        except RecursionError:
            return n
    return None

print('lru_cache:', first_failing(depth, depth.cache_clear))
print('plain:', first_failing(plain, lambda: None))
print(depth.cache_info().currsize > 0)
