# bytearrays: 56-byte objects plus buffers reallocated through the size classes by
# PyByteArray_Resize (append growth, front deletions that move the start, then compaction).
import sys
sys._debugmallocstats()
keep = []
for i in range(2500):
    b = bytearray()
    for j in range(i % 70):
        b.append(j)
    keep.append(b)
sys._debugmallocstats()
for b in keep:
    if len(b) > 20:
        del b[:len(b) // 2 + 1]
sys._debugmallocstats()
