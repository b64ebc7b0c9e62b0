# Reference cycles: reference counting cannot free them; the cyclic garbage collector can.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("freeing", self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b                 # a -> b
b.other = a                 # b -> a: a cycle
del a, b                    # no names left, but each still refers to the other
print("after del: nothing freed yet")
print("gc.collect() found", gc.collect(), "unreachable objects")
print("thresholds:", gc.get_threshold())
