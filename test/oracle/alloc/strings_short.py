# Short ASCII strings (str(i) of 5 digits): a 48- or 56-byte request each.
import sys
sys._debugmallocstats()
keep = [str(i) for i in range(10000, 40000)]
sys._debugmallocstats()
