# Objects with __del__ in an unreachable cycle are finalized by the collector, not by reference counting.
import gc
class Part:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print('finalize', self.name)
gc.collect()
a = Part('a')
b = Part('b')
a.peer = b
b.peer = a
del a
print('a deleted')
del b
print('b deleted, cycle unreachable')
n = gc.collect()
print('collected', n)
print(gc.garbage)
c = Part('solo')
del c
print('end')
