# One inner list shared by several containers: every container slot is a reference.
import sys
row = [0, 0]
grid = [row] * 3
print(sys.getrefcount(row))
grid[0][0] = 5
print(grid)
better = [[0, 0] for _ in range(3)]
better[0][0] = 5
print(better)
t = (row, grid)
d = {'r': row}
print(sys.getrefcount(row))
del grid
print(sys.getrefcount(row))
del t, d
print(sys.getrefcount(row))
