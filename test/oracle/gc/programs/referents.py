# gc.get_referents lists what tp_traverse visits; gc.get_referrers finds the tracked objects that refer to one.
import gc

class Box:
    def __init__(self, item):
        self.item = item

x = ["payload"]
holder = [x, x]
box = Box(x)
d = {"k": x}
print(len(gc.get_referents(holder)), [type(r).__name__ for r in gc.get_referents(holder)])
print(sorted(type(r).__name__ for r in gc.get_referents(d)))
print(gc.get_referents(1, "s"))
refs = gc.get_referrers(x)
print(sum(1 for r in refs if r is holder), sum(1 for r in refs if r is d))
