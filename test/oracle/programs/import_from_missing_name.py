# A name a module lacks: import_from raises ImportError(msg, name=module name, path=its file or None; 3.12+ name_from); for a module built into the interpreter the message says "(unknown location)", for a file module it names the file (installation-dependent: only name/name_from are printed).
import sys
try:
    from itertools import nosuch
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.args)
    print(repr(e))
    if sys.version_info >= (3, 12):
        print(e.name_from)
    err = e
print(sys.getrefcount(err))
try:
    from heapq import foo
except ImportError as e:
    print(type(e).__name__, e.name)
    if sys.version_info >= (3, 12):
        print(e.name_from)
try:
    from heapq import foo
except ImportError:
    foo = None
print(foo)
import gc
try:
    from gc import bar
except ImportError as e:
    print(e.name, e.msg)
