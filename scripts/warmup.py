# Run by the build to warm V8's code cache for the CLI (dist/heaplens.cache): a little of every
# everyday construct, so the functions a typical run needs are compiled ahead of time.
import sys
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None

    def __repr__(self):
        return f"Node({self.value!r})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i * 2


lst = []
for i in range(3000):
    lst.append(i + 1000)
d = {}
for i in range(2000):
    d[str(i)] = i
s = ""
for i in range(500):
    s += "x"
pairs = [(i, i * 2) for i in range(2000)]
total = sum(a + b for a, b in pairs)
squares = {i: i * i for i in range(1000)}
words = "the quick brown fox".split()
text = " ".join(w.upper() for w in words) + "%d %s" % (3, "x") + "{}".format(4)
for i in range(2000):
    a = Node(i)
    b = Node(i + 1)
    a.other = b
    b.other = a
try:
    raise ValueError("x")
except ValueError as e:
    err = repr(e)
print(fib(15), sum(gen(100)), len(lst), len(d), len(s), total, len(squares), text, err,
      sys.getrefcount(lst), sys.getsizeof(d), gc.collect() >= 0, sorted({3, 1, 2}), max(lst), min(d))
