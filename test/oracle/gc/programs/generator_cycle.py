# A suspended generator in a cycle: the collector finalizes it, running its finally block.
import gc

def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

gc.collect()
box = []
g = gen(box)
box.append(g)
box.append(box)
print(next(g))
del g, box
print("collecting")
print(gc.collect())
