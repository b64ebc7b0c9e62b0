# Free 90% of a large population: the pools stay (partly used) and so do the arenas.
import sys
keep = [float(i) for i in range(200000)]
sys._debugmallocstats()
keep = keep[::10]
sys._debugmallocstats()
