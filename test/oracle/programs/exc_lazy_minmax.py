# min()/max() of an empty sequence: up to 3.11 the ValueError is made when the handler
# normalises it, after min's argument tuple went back to the free list (its args reuse it)
import gc
gc.collect()

def delta(f):
    c0 = gc.get_count()[0]
    f()
    return gc.get_count()[0] - c0

def warm():
    min([1])

def caught_as():
    try:
        min([])
    except ValueError as e:
        pass

def caught():
    try:
        max(iter([]))
    except ValueError:
        pass

def with_key():
    try:
        min([], key=abs)
    except ValueError as e:
        return str(e)

for f in (warm, warm, caught_as, caught_as, caught, caught, with_key, with_key):
    print(f.__name__, delta(f))
try:
    min([])
except ValueError as e:
    print(e, len(e.args))
print(gc.get_count())
