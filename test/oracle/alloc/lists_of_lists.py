# 20,000 lists of three ints: list objects plus 24-byte item arrays.
import sys
sys._debugmallocstats()
keep = [[i, i, i] for i in range(20000)]
sys._debugmallocstats()
