# A generator's return value rides on the StopIteration that next() and __next__() raise
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)                       # exhausted: a bare StopIteration
except StopIteration as e:
    print("again:", e.value, e.args)
g = countdown(1)
print(g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("dunder:", repr(e))
g = countdown(1)
print(next(g), next(g, "default"))  # a default swallows the value
def pair():
    return (1, 2)
    yield
try:
    next(pair())
except StopIteration as e:
    print("tuple:", e.value, e.args)
print(list(countdown(3)))           # a for loop / list() drops it
