"""What `import NAME` in a script does to the reference counts of the shared singletons (3.8-3.11,
where they are mortal: small ints -5..256, the 1-char Latin-1 strings, None, True, False,
Ellipsis, NotImplemented, (), '' and b''), and the references the interpreter holds on each
attribute of the module. Run through scripts/record-baselines.mjs (`imports`), several times per
version with different hash seeds, collector settings and modules imported first: a change that
is the same in every run is simulated exactly, any other makes the object's count unknown after
the import.

  record-import-refs.py MODE NAME [FIRST...]

MODE: plain, collect (gc.collect() first) or disable (gc.disable() first). FIRST: modules
imported before the measurement. Prints one "KEY DELTA" line per singleton whose count changed,
then "attr NAME COUNT" per attribute of the module: sys.getrefcount(value) minus the module
dict's reference and getrefcount's argument.

The counts are taken as in record-baselines.py, entirely in C (list(map(float, map(getrefcount,
...)))), twice before the import (a control: the two must agree) and once after; between the
second and third snapshot the script runs only the import and binds one new global, as it does
between the first and second.
"""
import sys

mode, name = sys.argv[1], sys.argv[2]
for first in sys.argv[3:]:
    __import__(first)
# (gc only when the mode needs it: importing gc is what `record-import-refs.py plain gc` measures)
if mode == 'collect':
    __import__('gc').collect()
elif mode == 'disable':
    __import__('gc').disable()


# 3.11's interned 1-char strings that are objects of their own (the runtime's static strings)
own = [c for c in range(256) if sys.intern(chr(c)) is not chr(c)]


def snap():
    ints = list(map(float, map(sys.getrefcount, range(-5, 257))))
    chars = list(map(float, map(sys.getrefcount, map(chr, range(256)))))
    interned = list(map(float, map(sys.getrefcount, map(sys.intern, map(chr, own)))))
    single = list(map(float, map(sys.getrefcount, (sys.gettrace(), callable(len), callable(sys), Ellipsis, NotImplemented, tuple(), str(), bytes()))))
    return ints + chars + interned + single


keys = ['int%d' % v for v in range(-5, 257)] + ['char%d' % v for v in range(256)] + ['ichar%d' % v for v in own]
keys += ['None', 'True', 'False', 'Ellipsis', 'NotImplemented', 'emptyTuple', 'emptyStr', 'emptyBytes']
before = snap()
control = snap()
__import__(name)
after = snap()
if before != control:
    raise SystemExit('record-import-refs.py: the control snapshots differ')
for key, x, y in zip(keys, control, after):
    if x != y:
        sys.stdout.write('%s %d\n' % (key, y - x))
mod = sys.modules[name]
for attr in list(mod.__dict__):
    sys.stdout.write('attr %s %d\n' % (attr, sys.getrefcount(mod.__dict__[attr]) - 2))
