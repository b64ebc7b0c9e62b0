# A cache without eviction: every new key stays, so memory grows with every call.
# heap: python=3.8,3.12
cache = {}


def lookup(n):
    if n not in cache:
        cache[n] = [n] * 10
    return cache[n]


for i in range(100):
    lookup(i)
# @expect refcount(cache) == 1
print(len(cache), "entries kept")
