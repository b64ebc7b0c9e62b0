# print(flush=True) and sys.stdout.flush(): 3.8 flushes the buffer through a bound method from its PyCFunction free list (gc.get_count())
import gc, sys
gc.collect()
sys.stdout.flush()
print(gc.get_count())
for i in range(3):
    print(i, flush=True)
    print(gc.get_count())
x = []
print(x, sep='-', end='!\n', flush=True)
print(gc.get_count())
sys.stdout.flush()
print(gc.get_count())
print('e', file=sys.stderr, flush=True)
print(gc.get_count())
