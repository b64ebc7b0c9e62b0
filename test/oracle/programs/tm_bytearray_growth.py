# tracemalloc: a bytearray's buffer is resized with realloc as it grows (over-allocated by an eighth); bytes are immutable blocks
import tracemalloc, gc
gc.collect()
tracemalloc.start()
b = bytearray()
base = tracemalloc.get_traced_memory()[0]
marks = []
for i in range(200):
    b.append(i % 256)
    cur = tracemalloc.get_traced_memory()[0] - base
    if not marks or marks[-1][1] != cur:
        marks.append((len(b), cur))
print(marks)
raw = bytes(b)
print(len(raw), tracemalloc.get_traced_memory()[0] - base - marks[-1][1])
tracemalloc.stop()
