# A frame object is GC-tracked only once it outlives its call; a frame that holds itself in a local is a cycle the collector frees.
import gc, sys
class Payload:
    def __del__(self):
        print('payload freed')
print(gc.is_tracked(sys._getframe()))
def running():
    return gc.is_tracked(sys._getframe())
print(running())
def grab():
    me = sys._getframe()
    items = [Payload()]
    return me
gc.collect()
f = grab()
print(gc.is_tracked(f), sys.getrefcount(f))
del f
print('collected', gc.collect())
def fail():
    raise ValueError('x')
try:
    fail()
except ValueError:
    pass
print('collected', gc.collect())
def numbers():
    yield sys._getframe()
    yield 2
gen = numbers()
fo = next(gen)
print(fo is gen.gi_frame)
del gen
print(gc.is_tracked(fo))
