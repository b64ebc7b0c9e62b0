# `yield from` a class-based iterator: its value is the value of the StopIteration that
# __next__ raises (YIELD_FROM/SEND fetch it); a builtin iterator's is None
import sys, gc
gc.collect()
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(["result", self])
        self.n -= 1
        return self.n
class Sender(Countdown):
    def send(self, v):
        print("send", v)
        return self.__next__()
def deleg(it):
    r = yield from it
    print("returned", r if not isinstance(r, list) else (r[0], sys.getrefcount(r)))
    return r
print(list(deleg(Countdown(3))))
print(list(deleg(iter([1, 2]))))
g = deleg(Sender(2))
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("stopped", e.value[0])
class Plain:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(deleg(Plain())))
class Valued:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def two():
    a = yield from Valued()
    b = yield from Valued()
    yield a + b
print(list(two()))
print(gc.collect())
