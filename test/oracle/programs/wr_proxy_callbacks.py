# When a referent dies its weak references are cleared and the callbacks run newest first, refs and proxies alike
import gc, sys, weakref

class Node:
    def __init__(self, name):
        self.name = name

def tell(tag):
    def cb(w):
        print("callback", tag, type(w).__name__, sys.getrefcount(w))
    return cb

n = Node("n")
r1 = weakref.ref(n, tell("ref-1"))
p1 = weakref.proxy(n, tell("proxy-1"))
plain_p = weakref.proxy(n)
plain_r = weakref.ref(n)
p2 = weakref.proxy(n, tell("proxy-2"))
r2 = weakref.ref(n, tell("ref-2"))
print([type(w).__name__ for w in weakref.getweakrefs(n)])
print(weakref.getweakrefs(n)[0] is plain_r, weakref.getweakrefs(n)[1] is plain_p)
del n
print("after del", r1(), plain_r())

solo = Node("solo")
only = weakref.proxy(solo, tell("only"))
del solo

gc.collect()
a = Node("a")
b = Node("b")
a.other, b.other = b, a
pa = weakref.proxy(a, tell("cycle-a"))
rb = weakref.ref(b, tell("cycle-b"))
del a, b
print("collecting")
print(gc.collect())
