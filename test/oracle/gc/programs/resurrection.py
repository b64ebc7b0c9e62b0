# A __del__ that stores its object somewhere resurrects it: the collector must not free it, and __del__ runs only once.
import gc

saved = []

class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("del runs")
        saved.append(self)

gc.collect()
Phoenix()
print("first", gc.collect())
print(len(saved))
saved.clear()
print("second", gc.collect())
