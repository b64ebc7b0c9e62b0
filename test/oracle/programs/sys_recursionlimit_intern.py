# sys.getrecursionlimit/setrecursionlimit and sys.intern.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(100 < d < 200)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
s1 = ''.join(['dyn', 'amic'])
s2 = ''.join(['dyn', 'amic'])
print(s1 == s2, s1 is s2)
i1 = sys.intern(s1)
i2 = sys.intern(s2)
print(i1 is i2, i1 is s1, i2 is s2)
