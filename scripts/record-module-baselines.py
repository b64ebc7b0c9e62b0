"""Print, for the running CPython, how many references the interpreter itself holds on each
module HeapLens simulates, once a script has imported a given set of them (sys.modules, other
modules that imported it at startup, modules in the set that import it: weakref.py does
`import itertools`, collections does `import sys`, ...). The simulator sets its module objects'
counts from these measurements whenever a program imports one, and adds the program's own
references. Run through scripts/record-baselines.mjs, one fresh script per set.

  record-module-baselines.py NAME...   ->  one "NAME count" line per module, imported in order
"""
import sys
names = sys.argv[1:]
mods = [__import__(n) for n in names]
i = 0
while i < len(names):
    # minus getrefcount's argument and the list slot; sys also has the global name `sys`
    extra = 3 if names[i] == 'sys' else 2
    sys.stdout.write('%s %d\n' % (names[i], sys.getrefcount(mods[i]) - extra))
    i = i + 1
