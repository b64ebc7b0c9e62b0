# List, dict and set comprehensions with conditions and nested loops.
nums = list(range(10))
print([n * n for n in nums if n % 3 == 0])
print({n: n * n for n in nums if n > 6})
print({n % 4 for n in nums})
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x != 4])
print(['even' if n % 2 == 0 else 'odd' for n in range(4)])
words = ['a', 'bb', 'ccc', 'bb']
print({w: len(w) for w in words})
print(sorted({len(w) for w in words}))
