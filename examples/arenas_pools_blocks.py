# pymalloc: requests up to 512 bytes are rounded up to a size class (16-byte steps on 64-bit),
# served from pools (16 KiB since 3.10, 4 KiB before) carved from arenas (1 MiB / 256 KiB).
# sys._debugmallocstats() prints the allocator's own table to stderr.
# heap: python=3.8,3.12
import sys

f = 1.5                     # a float: 24 bytes, a block of the 32-byte size class
# @expect getsizeof(f) == 24
t = (1, 2)                  # a 2-tuple: 56 bytes (with the GC header), a 64-byte block
# @expect getsizeof(t) == 56
s = "x" * 100               # 100 ASCII characters: 149 bytes on 3.8, 141 from 3.12
# @expect[3.8] getsizeof(s) == 149
# @expect[3.12] getsizeof(s) == 141
big = [0] * 100             # 856 bytes: above 512, so malloc serves it, not a pool
# @expect getsizeof(big) == 856
sys._debugmallocstats()
keep = [float(i) for i in range(50000)]  # about 98 more pools of 32-byte blocks (3.12)
sys._debugmallocstats()
