# 3.12+: a collection scheduled by an allocation runs at the next eval-breaker check; a CALL checks after a builtin returns but not after a Python function (run inline) nor after len/isinstance/type/list.append once specialised
import gc, sys
log = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        log.append((f.f_code.co_name, f.f_lineno, tag if tag != "loop" else len(lst)))
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1] is None
class Node:
    def __init__(self, v):
        self.v = [v]
def f(*a, **k):
    return [a]
def mk(i):
    return [i]
gc.callbacks.append(cb)
lst = []
for thr in range(1, 4):
    for rep in range(3):
        gc.collect()
        gc.set_threshold(gc.get_count()[0] + thr)
        tag = 'len'; a = [1]; b = len(a); c = 1
        tag = 'isinst'; a = [1]; b = isinstance(a, list); c = 1
        tag = 'type'; a = [1]; b = type(a); c = 1
        tag = 'append'; lst.append([1]); c = 1
        tag = 'with'
        with CM():
            c = 1
        c = 2
        tag = 'ex'; b = f(*lst[:1]); c = 1
        tag = 'exkw'; b = f(**{'a': 1}); c = 1
        tag = 'cls'; b = Node(1); c = 1
        tag = 'prop'; b = property(lambda s: 1); c = 1
        tag = 'str'; b = str([1]); c = 1
        tag = 'sorted'; b = sorted([3, 1]); c = 1
        tag = 'end'
        gc.set_threshold(700)
print(log)
log.clear()
# the everyday shape: appending in a loop, with a helper function
tag = 'loop'
lst = []
gc.collect()
for i in range(2000):
    lst.append([i])
    n = len(lst)
    lst.append(mk(i))
    ok = isinstance(lst, list)
    t = type(lst)
gc.callbacks.remove(cb)
print(log)
