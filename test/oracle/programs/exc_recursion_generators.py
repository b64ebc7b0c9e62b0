# Recursive generators (yield from, and for ... yield) against the recursion limit, and a RecursionError raised inside a generator and caught by its consumer.
import sys
sys.setrecursionlimit(250)
def chain(n):
    yield n
    yield from chain(n + 1)
def chain2(n):
    yield n
    for x in chain2(n + 1):
        yield x
for gen in (chain, chain2):
    count = 0
    try:
        for v in gen(0):
            count += 1
    except RecursionError as e:
        print(gen.__name__, count, e)
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    for side in ("L", "R"):
        for path in tree(depth - 1):
            yield side + path
print(sum(1 for _ in tree(8)), next(tree(5)))
def walk(n):
    if n == 0:
        return
    yield n
    yield from walk(n - 1)
print(list(walk(10)))
print(sum(walk(200)))
