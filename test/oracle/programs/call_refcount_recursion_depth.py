# While an object is passed down a recursion, every active frame that binds it keeps a reference.
import sys
counts = []
def down(obj, n):
    counts.append(sys.getrefcount(obj))
    if n > 0:
        down(obj, n - 1)
payload = []
down(payload, 3)
print(counts)
print([b - a for a, b in zip(counts, counts[1:])])
print(sys.getrefcount(payload))
