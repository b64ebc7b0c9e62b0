# Pairs of ints above the small-int cache: 2-tuples (GC header + 40 bytes) and ints.
import sys
sys._debugmallocstats()
keep = [(i + 1000, i + 2000) for i in range(30000)]
sys._debugmallocstats()
