# Reference cycles: reference counting cannot free them; the cyclic garbage collector can.
# heap: python=3.8,3.10,3.11,3.12,3.13
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
solo = Node("solo")
solo.other = solo           # a self-cycle
# @expect cycle
del solo                    # no name refers to it, but it refers to itself
# @expect leak
n = gc.collect()            # the collector finds it (3.8/3.10 also count its __dict__)
# @expect[3.8,3.10] collected == 2
# @expect[3.11+] collected == 1
# @expect no-leak
a = Node("a")
b = Node("b")
a.other = b                 # a -> b
b.other = a                 # b -> a: a two-object cycle
# @expect cycle
del a, b
# @expect leak
n = gc.collect()
# @expect[3.8,3.10] collected == 4
# @expect[3.11+] collected == 2
# @expect no-leak
print("collected", n)
