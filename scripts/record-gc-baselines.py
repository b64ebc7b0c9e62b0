"""How many objects the running CPython's cycle collector tracks after a full collection at the
start of a script that imported the given modules: what becomes long_lived_total, which decides
when later automatic full collections run (the simulator models the program's objects, not the
thousands the interpreter's startup made). Run through scripts/record-baselines.mjs.

  record-gc-baselines.py tracked M...   ->  the count, after importing M... and gc.collect()
"""
import sys
import gc
for n in sys.argv[2:]:
    __import__(n)
gc.collect()
sys.stdout.write('%d\n' % len(gc.get_objects()))
