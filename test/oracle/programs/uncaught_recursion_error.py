# Unbounded recursion hits the recursion limit and raises RecursionError.
import sys
def forever(n):
    return forever(n + 1) + 1
print(sys.getrecursionlimit())
forever(0)
