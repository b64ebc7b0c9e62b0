# tracemalloc: exceptions handled in small functions -- a with statement's __exit__, finally and
# except clauses, a re-raise, an exception raised in an except body -- cost their exception,
# traceback and (3.8/3.10) frame blocks; peaks measured from a reset
import tracemalloc, gc

class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, tp, exc, tb):
        return tp is KeyError

def with_suppressed():
    with Quiet():
        raise KeyError('k')

def with_propagated():
    with Quiet():
        raise ValueError('v')

def finally_reraises():
    try:
        raise IndexError('i')
    finally:
        x = 1

def raise_in_except():
    try:
        raise TypeError('t')
    except TypeError as e:
        raise RuntimeError('r')

def caught(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__
    return None

gc.collect()
tracemalloc.start()
for f in (with_suppressed, with_propagated, finally_reraises, raise_in_except):
    tracemalloc.reset_peak() if hasattr(tracemalloc, 'reset_peak') else None
    before = tracemalloc.get_traced_memory()[0]
    name = caught(f)
    cur, peak = tracemalloc.get_traced_memory()
    print(f.__name__, name, cur - before, peak - before)
tracemalloc.stop()
