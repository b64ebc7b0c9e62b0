# where a collection scheduled at a threshold crossing runs, and the line its frame reports: bound methods, map/sorted with lambdas, yield from, properties, __getitem__, len, a list comprehension, a while loop's back edge (3.12+: the while line), dict.get, print, f(*args), dict(kw), a class call
import gc, sys
log = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        log.append((f.f_code.co_name, f.f_lineno))
def g1():
    yield [1]
    yield [2]
def g2():
    yield from g1()
    x = [3]
class K:
    def m(self, a):
        return [a]
    @property
    def p(self):
        return [5]
    def __getitem__(self, i):
        return [i]
    def __len__(self):
        return 3
k = K()
bm = k.m
def s1():
    a = [1]; b = bm(2); c = [3]
def s2():
    a = [1]; b = list(map(lambda x: [x], range(2))); c = 1
def s3():
    a = [1]; b = sorted([3, 1, 2], key=lambda x: -x); c = 1
def s4():
    a = [1]; b = list(g2()); c = 1
def s5():
    a = [1]; b = k.p; c = [1]
def s6():
    a = [1]; b = k[3]; c = [1]
def s7():
    a = [1]; b = len(k); c = [1]
def s8():
    a = [1]; b = [x for x in g1()]; c = [1]
def s9():
    i = 0
    while i < 3:
        a = [i]; i += 1
def s10():
    a = [1]; b = {}.get(1, [2]); c = [1]
def s11():
    a = [1]; print(end=''); c = [1]
def s12():
    a = [1]; b = k.m(*[1]); c = [1]
def s13():
    a = [1]; b = dict(a=[1]); c = [1]
def s14():
    a = [1]; b = K(); c = [1]
gc.callbacks.append(cb)
res = []
for fn in (s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14):
    for rep in range(2):
        for thr in range(1, 7):
            gc.collect()
            log.clear()
            gc.set_threshold(gc.get_count()[0] + thr)
            fn()
            gc.set_threshold(700)
            res.append((fn.__name__, thr, log[:]))
gc.callbacks.remove(cb)
for r in res:
    print(r)
