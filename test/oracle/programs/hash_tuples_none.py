# Tuple hashes (xxHash over the items' hashes, 64-bit wrap-around) for ints, floats, nested
# tuples, big and negative values, and 3.12's constant hash of None.
import sys

vals = [(), (1,), (1, 2), (-1,), (-2, -1), (1.5, -0.0), ((1, 2), (3, (4,))), (2**61, -2**61),
        (2**62,), (True, False), (10**20, -10**20), tuple(range(50)), (frozenset(),), (3+4j,)]
for i in range(-300, 300, 37):
    vals.append((i, i * 977, -i * 2**40))
for v in vals:
    print(hash(v))
d = {}
for i in range(1000):
    d[(i, i + 1)] = i
print(sum(hash(k) % 1000003 for k in d))
if sys.version_info >= (3, 12):
    print(hash(None), hash((None, 1)), "__hash__" in type(None).__dict__)
