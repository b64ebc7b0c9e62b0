# A suspended generator keeps its locals alive; finishing (or deleting) it releases them.
import sys
def walk(data):
    buffer = data
    for item in buffer:
        yield item
payload = [1, 2, 3]
print(sys.getrefcount(payload))
g = walk(payload)
print(sys.getrefcount(payload))
print(next(g))
print(sys.getrefcount(payload))
print(list(g))
print(sys.getrefcount(payload))
g2 = walk(payload)
next(g2)
print(sys.getrefcount(payload))
del g2
print(sys.getrefcount(payload))
