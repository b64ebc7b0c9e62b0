# 3.12+: a collection scheduled before a call runs at the callee's RESUME, where the frame reports the code's first line (a decorated function's is its first decorator's)
import gc, sys
log = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        log.append((f.f_code.co_name, f.f_lineno))
def deco(fn):
    return fn
@deco
def mk(i):
    return [i]
def gen(n):
    for i in range(n):
        yield [i]
lam = lambda i: [i]
class C:
    def __init__(self, i):
        self.i = [i]
gc.callbacks.append(cb)
for thr in range(1, 6):
    gc.collect()
    gc.set_threshold(gc.get_count()[0] + thr)
    a = [1]
    b = mk(1)
    a = [1]
    b = list(gen(2))
    a = [1]
    b = lam(3)
    a = [1]
    b = C(3)
    gc.set_threshold(700)
gc.callbacks.remove(cb)
print(log)
