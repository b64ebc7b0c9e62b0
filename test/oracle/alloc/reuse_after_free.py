# Blocks freed by one population are reused by the next of the same size class (LIFO free
# lists, most-used arena first): few new pools the second time.
import sys
first = [float(i) for i in range(50000)]
sys._debugmallocstats()
del first[:40000]
sys._debugmallocstats()
second = [float(i) for i in range(30000)]
sys._debugmallocstats()
