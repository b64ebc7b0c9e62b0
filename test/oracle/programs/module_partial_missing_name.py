# Modules HeapLens simulates in part: a name CPython lacks on that version (functools.cache on 3.8) is an AttributeError / ImportError as there, so the usual fallback pattern runs.
import functools, sys, copy, time
try:
    from functools import cache
except ImportError as e:
    print("no cache", e.name)
    cache = functools.lru_cache(maxsize=None)
@cache
def sq(n):
    return n * n
print(sq(4), sq(4))
for mod, name in ((functools, 'cache'), (functools, 'nosuch'), (copy, 'replace'), (time, 'nosuch'), (sys, 'nosuch')):
    try:
        getattr(mod, name)
        print(mod.__name__, name, "present")
    except AttributeError as e:
        print(e)
print(hasattr(functools, 'cached_property'), hasattr(functools, 'x'))
