# io.BytesIO: tracemalloc sees its bytes buffer grow, get shared by getvalue(), be copied and freed
import gc
import io
import tracemalloc
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
b = io.BytesIO()
print(tracemalloc.get_traced_memory()[0] - base)
b.write(b"a" * 100)
print(tracemalloc.get_traced_memory()[0] - base)
b.write(b"b" * 5)
print(tracemalloc.get_traced_memory()[0] - base)
v = b.getvalue()
print(tracemalloc.get_traced_memory()[0] - base)
b.write(b"c")
print(tracemalloc.get_traced_memory()[0] - base)
b.seek(0)
r = b.read()
print(tracemalloc.get_traced_memory()[0] - base, len(r), len(v))
del v, r
print(tracemalloc.get_traced_memory()[0] - base)
for i in range(40):
    b.write(b"0123456789")
print(tracemalloc.get_traced_memory()[0] - base)
b.close()
print(tracemalloc.get_traced_memory()[0] - base)
del b
print(tracemalloc.get_traced_memory()[0] - base)
