# from contextlib import ...: the module's count, and what the names are
import sys
import gc
from contextlib import contextmanager, suppress, closing, nullcontext
gc.collect()
print(callable(contextmanager), contextmanager.__name__, suppress.__name__, closing.__name__, nullcontext.__name__)
print(contextmanager.__module__, suppress.__module__, nullcontext.__qualname__)
import contextlib
print(sys.getrefcount(contextlib))
from functools import partial
import functools
print(sys.getrefcount(functools))
print(gc.collect(), gc.get_count())
