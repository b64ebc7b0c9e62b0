# importing enum first, then sys: the module counts per version, and a cycle collected afterwards
import enum
import sys
import gc

gc.collect()

print(sys.getrefcount(enum), sys.getrefcount(sys))
del enum
import enum

print(sys.getrefcount(enum))


class Node:
    def __init__(self):
        self.me = self


for i in range(3):
    Node()
print(gc.collect())
print(gc.get_count())
