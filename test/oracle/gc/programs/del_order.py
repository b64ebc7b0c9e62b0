# __del__ of objects in a garbage cycle runs during collection, in the collector's order.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)

gc.collect()
x = Noisy("x")
y = Noisy("y")
z = Noisy("z")
x.peer = y
y.peer = z
z.peer = x
del x, y, z
print("collecting")
print("collected", gc.collect())
print("done")
