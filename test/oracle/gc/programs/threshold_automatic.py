# A low threshold0 makes automatic collections run mid-loop: finalizers print between the loop's own lines.
import gc

class Cycle:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("  collected", self.n)

gc.collect()
gc.set_threshold(5, 10, 10)
print(gc.get_threshold())
for i in range(12):
    print("make", i)
    Cycle(i)
gc.set_threshold(700, 10, 10)
print("final", gc.collect())
