# What a handler can still do at the recursion limit: 3.8 lets calls through up to 50 past it while unwinding, later versions raise again; and recursion through __init__, __eq__ and __getattr__.
import sys
sys.setrecursionlimit(200)
log = []
def dive(n):
    try:
        dive(n + 1)
    except RecursionError:
        try:
            log.append(f"{n}: {n * 2}")
            str(n)
            log.append("str ok")
        except RecursionError as e:
            log.append("again: " + str(e))
        if n % 50 == 0:
            raise
        raise
try:
    dive(0)
except RecursionError as e:
    print("top:", e)
print(len(log), log[:4])
class Chain:
    def __init__(self, n, *rest):
        self.next = Chain(n + 1) if n < 1000 else None
try:
    Chain(0)
except RecursionError as e:
    print("init:", e)
class Same:
    def __eq__(self, other):
        return self == other
try:
    Same() == Same()
except RecursionError as e:
    print("eq:", e)
class Lazy:
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    Lazy().x
except RecursionError as e:
    print("getattr:", e)
