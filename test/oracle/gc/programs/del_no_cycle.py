# __del__ without a cycle runs when the last reference goes, not at collection; inside a cycle it waits for gc.
import gc

class Tracer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
t = Tracer("plain")
print("before del")
del t
print("after del")
c = Tracer("cyclic")
c.me = c
del c
print("after cyclic del")
gc.collect()
print("after collect")
