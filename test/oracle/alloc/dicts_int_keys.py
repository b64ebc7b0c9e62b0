# Small dicts with int keys: general key tables (24-byte entries).
import sys
sys._debugmallocstats()
keep = [{i: i, i + 1: i} for i in range(1000, 21000)]
sys._debugmallocstats()
