# Allocate and free a few arenas' worth of ints six times: 3.8 unmaps every emptied arena (and
# maps new ones next time); 3.9+ keeps the last one, so it maps fewer. (Ints have no free list
# before 3.14 that could pin an arena; floats would.)
import sys
sys._debugmallocstats()
for k in range(6):
    keep = list(range(1000, 90000))
    del keep
sys._debugmallocstats()
