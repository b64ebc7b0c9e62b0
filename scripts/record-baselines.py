# Print, for the running CPython (3.8-3.11, where these objects are mortal), the reference
# counts its shared singletons have when a script starts: small ints -5..256, the 256 Latin-1
# 1-char strings (and, where they are other objects, the interned 1-char strings: ichar), the 256
# 1-byte bytes objects (bchar), None,
# True, False, Ellipsis, NotImplemented, (), '' and b''.
#
# What is measured: the count at the script's first instruction, minus every reference the script
# itself makes. That is what the simulator starts from; it adds the references a program makes
# (its parser arena's literals and identifiers, its code objects' co_consts, names, the stack...).
# The count therefore includes the __main__ module's globals (__doc__, __spec__, ... = None) and
# the fixed fields of the main module's code object (3.8/3.10: co_varnames, co_freevars and
# co_cellvars are (); 3.11: co_localsplusnames is (), co_localspluskinds and co_exceptiontable are
# b''), which every program has.
#
# How this script avoids perturbing what it measures (the previous version counted its own
# literals, names and loop variables):
# - every count is taken in the first statements, before any other name is bound, by
#   list(map(float, map(getrefcount, ...))) run entirely in C: the only reference besides the
#   interpreter's is the one map() holds on the argument while getrefcount runs (ints and chars:
#   count - 1); the counts become floats at once, so no small int result stays alive;
# - the source holds no int literal, no 1-char name or string, and no None/True/False/()/''/b''
#   literal (the parser's arena keeps a reference to every literal and identifier while the module
#   runs); ints come from int('-5') etc., and range() iterators hold C longs, not int objects;
# - the singletons come from calls (sys.gettrace() is None, callable(len) is True, tuple(), str(),
#   bytes()) into one tuple: its reference plus map's (count - 2); None is also in this module's
#   co_consts (its implicit `return None`), one more;
# - the script checks afterwards that its co_consts hold nothing else it measured.
# Imports nothing (an import would add references of its own; __import__('sys') returns the
# already-loaded module). Run through scripts/record-baselines.mjs, which runs it with several
# random hash seeds (never PYTHONHASHSEED=0: disabling randomisation changes start-up counts) and
# collects the output of every installed version.
#
# No format string has a 1-char literal part before a unit 3.11's optimize_format gives up on:
# the parts it made before giving up stay in the arena ('%s %d' held a reference to ' ').
#
# The script has no docstring: a module docstring changes what it measures (measured: with one,
# True has one reference less and False one more on 3.8-3.11).
sysmod = __import__('sys')
intcounts = list(map(float, map(sysmod.getrefcount, range(int('-5'), int('257')))))
charcounts = list(map(float, map(sysmod.getrefcount, map(chr, range(int('256'))))))
# 3.11 (and 3.12) intern some 1-char identifiers as static strings of their own (the runtime's
# global strings), not the Latin-1 singletons: those are what a program's identifiers, names and
# string constants are, with counts of their own (interning changes no count)
internedcounts = list(map(float, map(sysmod.getrefcount, map(sysmod.intern, map(chr, range(int('256')))))))
# the 1-byte bytes objects: PyBytes_FromStringAndSize's cache of them (3.8/3.10: made on first
# use, the cache holding one reference; 3.11: static objects) — latin-1 encoding of a 1-char str
# returns the cached one
bytecounts = list(map(float, map(sysmod.getrefcount, map(str.encode, map(chr, range(int('256'))), ['latin-1'] * int('256')))))
singlecounts = list(map(float, map(sysmod.getrefcount, (sysmod.gettrace(), callable(len), callable(sysmod), Ellipsis, NotImplemented, tuple(), str(), bytes()))))
codeconsts = sysmod._getframe().f_code.co_consts
for const in codeconsts:
    items = const if isinstance(const, tuple) and len(const) else (const,)
    for item in items:
        if not (isinstance(item, str) and len(item) >= int('02') or item is sysmod.gettrace() and item is const):
            raise SystemExit('record-baselines.py holds a reference to a measured object: %r' % (item,))
if sysmod.gettrace() not in codeconsts:
    raise SystemExit('expected None in co_consts')
write = sysmod.stdout.write
for name, count, mine in zip(('None', 'True', 'False', 'Ellipsis', 'NotImplemented', 'emptyTuple', 'emptyStr', 'emptyBytes'), singlecounts, (int('03'), int('02'), int('02'), int('02'), int('02'), int('02'), int('02'), int('02'))):
    write('%s%s%d\n' % (name, chr(int('32')), count - mine))
for value, count in zip(range(int('-5'), int('257')), intcounts):
    write('int%d %d\n' % (value, count - int('01')))
for value, count in zip(range(int('256')), charcounts):
    write('char%d %d\n' % (value, count - int('01')))
for value, count in zip(range(int('256')), internedcounts):
    if sysmod.intern(chr(value)) is not chr(value):
        write('ichar%d %d\n' % (value, count - int('01')))
for value, count in zip(range(int('256')), bytecounts):
    write('bchar%d %d\n' % (value, count - int('01')))
write('python %d.%d.%d\n' % sysmod.version_info[:int('03')])
