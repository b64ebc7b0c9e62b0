# Lists grown by append: item arrays reallocated through the size classes (list_resize).
import sys
sys._debugmallocstats()
keep = []
for i in range(3000):
    row = []
    for j in range(i % 40):
        row.append(j)
    keep.append(row)
sys._debugmallocstats()
