# PEP 442: objects with __del__ in a cycle are collected (finalizer runs once); gc.garbage stays empty.
import gc
class D:
    def __del__(self):
        print('finalized')
gc.collect()
d = D()
d.me = d
del d
print(gc.collect())
print(len(gc.garbage))
