# sys.setrecursionlimit: errors for limits too low for the current depth (per version), and the depth a recursion then reaches.
import sys
def try_set(n):
    try:
        sys.setrecursionlimit(n)
        return "ok"
    except (RecursionError, ValueError) as e:
        return f"{type(e).__name__}: {e}"
print(try_set(0))
print(try_set(1))
print(try_set(2))
print(try_set(5))
sys.setrecursionlimit(1000)
def nested(k, n):
    if k:
        return nested(k - 1, n)
    return try_set(n)
for n in (3, 6, 10, 40, 60):
    print(n, nested(5, n))
    sys.setrecursionlimit(1000)
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
for lim in (50, 100, 237, 1000):
    sys.setrecursionlimit(lim)
    print(lim, depth(), sys.getrecursionlimit())
