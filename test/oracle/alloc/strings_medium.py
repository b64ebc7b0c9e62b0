# 100-character strings: requests of about 150 bytes, in the 144/160 classes.
import sys
sys._debugmallocstats()
keep = ['x' * 100 + str(i) for i in range(10000, 20000)]
sys._debugmallocstats()
