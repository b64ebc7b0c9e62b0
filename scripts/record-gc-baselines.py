"""How many objects the running CPython's cycle collector tracks after a full collection at the
start of a script that imported the given modules: what becomes long_lived_total, which decides
when later automatic full collections run (the simulator models the program's objects, not the
thousands the interpreter's startup made). Run through scripts/record-baselines.mjs.

  record-gc-baselines.py tracked M...   ->  the count, after importing M... and gc.collect()
  record-gc-baselines.py import M       ->  "PRELOADED GARBAGE": whether start-up had already
      imported M (1/0), and how many objects of cyclic garbage importing it leaves (the collector
      disabled during the import, so none is reclaimed early)
"""
import sys
# (before this script's own `import gc`)
preloaded = 1 if sys.argv[1] == 'import' and sys.argv[2] in sys.modules else 0
import gc
if sys.argv[1] == 'import':
    name = sys.argv[2]
    gc.collect()
    gc.disable()
    __import__(name)
    garbage = gc.collect()
    sys.stdout.write('%d %d\n' % (preloaded, garbage))
else:
    for n in sys.argv[2:]:
        __import__(n)
    gc.collect()
    sys.stdout.write('%d\n' % len(gc.get_objects()))
