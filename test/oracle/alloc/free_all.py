# Free a whole population: emptied pools go back to their arenas; empty arenas are unmapped
# (3.8 at once; 3.9+ keeps the last one).
import sys
sys._debugmallocstats()
keep = [(i + 1000, i + 2000) for i in range(60000)]
sys._debugmallocstats()
del keep
sys._debugmallocstats()
