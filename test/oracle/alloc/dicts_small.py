# Small dicts with one str key: the dict object and its 8-slot key table.
import sys
sys._debugmallocstats()
keep = [{'k': i} for i in range(20000)]
sys._debugmallocstats()
