# Non-ASCII (Latin-1 and UCS-2) strings: the larger compact header and 2-byte characters.
import sys
sys._debugmallocstats()
a = ['é' * 10 + str(i) for i in range(10000, 20000)]
b = ['€' * 10 + str(i) for i in range(10000, 20000)]
sys._debugmallocstats()
