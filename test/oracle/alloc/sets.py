# Sets: the 216-byte set object; five or more items move to a 32-slot table.
import sys
sys._debugmallocstats()
small = [{i} for i in range(3000)]
big = [{i, i + 1, i + 2, i + 3, i + 4} for i in range(1000, 2000)]
sys._debugmallocstats()
