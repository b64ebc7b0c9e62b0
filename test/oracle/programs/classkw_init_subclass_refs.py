# Class keywords reach __init_subclass__ through __build_class__'s dict and type.__call__: refcounts on the way
import sys
tag = ['plugin']
extra = ['extra']
class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **options):
        print('init_subclass', cls.__name__, sys.getrefcount(tag) if tag is not None else '-', sorted(options))
        cls.tag = tag
        Plugin.registry.append(cls)
        super().__init_subclass__()
print('before', sys.getrefcount(tag))
class Csv(Plugin, tag=tag):
    print('in body', sys.getrefcount(tag))
print('after', sys.getrefcount(tag), sys.getrefcount(Csv))
class Json(Plugin, tag=tag, extra=extra):
    pass
print('options gone', sys.getrefcount(extra), sys.getrefcount(tag))
class Plain(Plugin):
    pass
print(Plain.tag, [c.__name__ for c in Plugin.registry], Csv.tag is tag)
class Explicit(Plugin, metaclass=type, tag=extra):
    pass
print(type(Explicit).__name__, sys.getrefcount(extra))
Dyn = type('Dyn', (Plugin,), {'x': 1}, tag=tag)
print(Dyn.tag is tag, sys.getrefcount(tag), Dyn.x)
del Csv, Json, Explicit, Dyn
Plugin.registry.clear()
import gc
gc.collect()
print('collected', sys.getrefcount(tag), sys.getrefcount(extra))
