"""Print, for the running CPython, the reference counts its shared singletons have when a script
starts (None, True, False, small ints, '', (), 1-char strings, ...). On 3.8-3.11 these objects
are mortal and their counts include every reference the interpreter made before the program, so
the simulator starts them from these measured values and adds the program's own references.
Imports nothing but sys (an import would add references of its own). Run through
scripts/record-baselines.mjs, which collects the output of every installed version."""
import sys
g = sys.getrefcount
w = sys.stdout.write
# each count minus 2: getrefcount's argument and the name `x` bound below
for name, x in (('None', None), ('True', True), ('False', False), ('Ellipsis', Ellipsis),
                ('NotImplemented', NotImplemented), ('emptyTuple', ()), ('emptyStr', ''), ('emptyBytes', b'')):
    w('%s %d\n' % (name, g(x) - 3))
n = int('-5')
while n < int('257'):
    w('int%d %d\n' % (n, g(n) - 2))
    n = n + 1
n = int('0')
while n < int('256'):
    c = chr(n)
    w('char%d %d\n' % (n, g(c) - 2))
    n = n + 1
del c
w('python %d.%d.%d\n' % sys.version_info[:3])
