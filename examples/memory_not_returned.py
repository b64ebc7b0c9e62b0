# Freeing most objects does not give memory back to the operating system: a pool stays as long
# as one block in it is used, and an arena as long as one of its pools is.
# heap: python=3.8,3.12
import gc
import sys

gc.collect()
keep = [float(i) for i in range(100000)]
sys._debugmallocstats()
keep = keep[::10]           # free 90% of the floats: every pool still holds some survivors
# @expect refcount(keep) == 1
sys._debugmallocstats()     # the same arenas, mostly empty pools
