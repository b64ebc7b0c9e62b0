# With the collector disabled, cycles pile up (the count keeps growing) until an explicit collect().
import gc

class Node:
    def __init__(self):
        self.me = self

gc.collect()
gc.disable()
print(gc.isenabled())
for i in range(1000):
    Node()
print(gc.get_count()[0] > 700)
gc.enable()
print(gc.isenabled())
print(gc.collect())
print(gc.get_count())
