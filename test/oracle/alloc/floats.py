# 100,000 floats kept alive: 24-byte requests in the 32-byte size class.
import sys
sys._debugmallocstats()
keep = [float(i) for i in range(100000)]
sys._debugmallocstats()
