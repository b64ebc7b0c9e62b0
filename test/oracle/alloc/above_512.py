# Objects above 512 bytes (100-slot item arrays, big tuples) bypass pymalloc.
import sys
sys._debugmallocstats()
lists = [[None] * 100 for i in range(3000)]
tuples = [tuple(range(80)) for i in range(2000)]
sys._debugmallocstats()
