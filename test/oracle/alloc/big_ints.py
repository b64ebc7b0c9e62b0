# Ints of one, two and four 30-bit digits: 28..40-byte requests.
import sys
sys._debugmallocstats()
a = [i + 1000 for i in range(20000)]
b = [i + 2 ** 40 for i in range(20000)]
c = [i + 2 ** 100 for i in range(20000)]
sys._debugmallocstats()
