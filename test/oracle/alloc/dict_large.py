# One dict of 50,000 items: the key table is malloc'd; the int keys and values fill pools.
import sys
sys._debugmallocstats()
d = {}
for i in range(1000, 51000):
    d[i] = i + 100000
sys._debugmallocstats()
