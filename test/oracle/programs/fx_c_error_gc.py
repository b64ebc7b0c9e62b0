# Catching an error a builtin raised while being called (int('x'), list(5)): up to 3.11 the exception object is made only when caught, reusing the call's argument tuple.
import gc

gc.collect()
c = gc.get_count()[0]
try:
    n = int('x')
except ValueError:
    n = -1
first = gc.get_count()[0] - c
c = gc.get_count()[0]
try:
    n = int('12x')
except ValueError as e:
    n = str(e)
second = gc.get_count()[0] - c
print(first, second, n)
gc.collect()
c = gc.get_count()[0]
try:
    items = list(42)
except TypeError:
    items = []
print(gc.get_count()[0] - c, items)
gc.collect()
c = gc.get_count()[0]
try:
    f = float('one')
except ValueError:
    f = 0.0
print(gc.get_count()[0] - c, f)
