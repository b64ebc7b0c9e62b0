# Unpacking the wrong number of values: "too many values to unpack (expected N)" for lists, tuples and iterators alike
for seq in ([1, 2, 3], (1, 2, 3), "abc", {1: 1, 2: 2, 3: 3}, range(3), iter([1, 2, 3])):
    try:
        a, b = seq
    except ValueError as e:
        print(type(seq).__name__, e)
for seq in ([1], (1,), "a", iter([])):
    try:
        a, b = seq
    except ValueError as e:
        print(type(seq).__name__, e)
for seq in ([1], (), iter([1])):
    try:
        a, *b, c = seq
    except ValueError as e:
        print(type(seq).__name__, e)
try:
    for x, y in [(1, 2), (3, 4, 5)]:
        print(x, y)
except ValueError as e:
    print("loop:", e)
