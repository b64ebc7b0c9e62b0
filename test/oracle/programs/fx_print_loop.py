# gc.get_count() around print in loops and functions: the pending-text list of the buffered stdout (oracle environment: PYTHONUNBUFFERED unset)
import gc, sys
gc.collect()
for i in range(3):
    print(i)
    print(gc.get_count())
def f(n):
    for i in range(n):
        print(i, i * 2, sep=',', end=';\n')
        print(gc.get_count())
f(3)
for x in [1.5, (1, 2), [3], None, 'é']:
    print(x)
    print(gc.get_count())
for i in range(3):
    print(i, file=sys.stderr)
    print(gc.get_count())
