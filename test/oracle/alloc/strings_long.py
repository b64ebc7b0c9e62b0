# 600-character strings go to malloc, not to pools: only the list's pools move.
import sys
sys._debugmallocstats()
keep = ['y' * 600 + str(i) for i in range(1000, 6000)]
sys._debugmallocstats()
