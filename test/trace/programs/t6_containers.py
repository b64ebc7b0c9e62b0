grid = [[0] * 4 for _ in range(3)]
row = grid[1]
table = {"r": row, "g": grid}
copy = dict(table)
items = list(table.items())
sizes = set([1, 2, 3])
frozen = frozenset(sizes)
pair = (row, sizes)
del copy
print(len(items), len(pair))
