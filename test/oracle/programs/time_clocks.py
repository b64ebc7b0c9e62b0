# time: the clocks return fresh floats/ints of CPython's sizes, sleep validates its argument like CPython, and `import time` binds the module start-up already loaded
import sys
import time
print(sys.getrefcount(time))
t1 = time.perf_counter()
t2 = time.perf_counter()
print(type(t1), t1 <= t2, sys.getsizeof(t1))
print(type(time.time_ns()), sys.getsizeof(time.time_ns()), sys.getsizeof(time.time()))
print(time.sleep(0), sys.getrefcount(time.sleep))
a = time.monotonic_ns(); time.sleep(0.001); b = time.monotonic_ns()
print(b - a >= 1000000, a < b)
for x in [-1, -0.5, 'a', None, float('nan'), 1e300, 10**30, float('inf'), 2**63//10**9+1, True]:
    try:
        print(time.sleep(x))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for f in [time.time, time.perf_counter, time.monotonic, time.process_time, time.thread_time, time.time_ns, time.sleep]:
    try: f(1, 2)
    except TypeError as e: print(e)
print(time.sleep, time.time.__name__)
print(time)
print(isinstance(time.process_time(), float), time.process_time_ns() >= 0, type(time.thread_time_ns()).__name__)
from time import perf_counter, sleep
print(sys.getrefcount(time), sys.getrefcount(perf_counter))
import gc
print(gc.collect())
x = [time.perf_counter() for i in range(10)]
print(x == sorted(x), len(set(map(type, x))))
print(sys.getrefcount(time))
import gc
gc.collect()
a = time.time()
b = time.perf_counter_ns()
c = [time.monotonic() for i in range(5)]
print(gc.get_count())
del a, b, c
import time as t2
print(sys.getrefcount(t2))
import time
print(t2 is time, sys.getrefcount(time))
