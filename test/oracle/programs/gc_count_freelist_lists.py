# Lists freed into the list free list (up to 80) do NOT decrement count[0]; lists taken from the free list do NOT ...
import gc
gc.disable()
keep = [None] * 10
gc.collect()
c0 = gc.get_count()[0]
for i in range(10):
    keep[i] = []
c1 = gc.get_count()[0]
for i in range(10):
    keep[i] = None
c2 = gc.get_count()[0]
for i in range(10):
    keep[i] = []
c3 = gc.get_count()[0]
print(c0, c1 - c0, c2 - c0, c3 - c0)
