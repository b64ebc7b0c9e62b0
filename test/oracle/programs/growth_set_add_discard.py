# A set grows when it is 60% full and never shrinks on discard; clear() returns to the small table.
import sys
s = set()
sizes = []
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sorted(set(sizes)))
for i in range(35):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.discard(1000)
s.clear()
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(set(range(5))), sys.getsizeof(set(range(100))), sys.getsizeof(frozenset(range(10))))
print(sys.getsizeof({x for x in range(5)}), sys.getsizeof({1, 2, 3}), sys.getsizeof(set([1, 2, 3])))
