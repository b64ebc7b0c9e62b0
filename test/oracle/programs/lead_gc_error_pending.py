# 3.12+: int() of a bad literal schedules a collection in parse() that no check runs before set_threshold(700) lifts the threshold (a Python function returns without the eval-breaker check)
import gc, sys
log = []
def cb(phase, info):
    if phase == 'start':
        f = sys._getframe(1)
        log.append((f.f_code.co_name, f.f_lineno))
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return e
gc.callbacks.append(cb)
res = []
for thr in range(1, 8):
    gc.collect()
    log.clear()
    c0 = gc.get_count()[0]
    gc.set_threshold(c0 + thr)
    r = parse('x1')
    r = None
    gc.set_threshold(700)
    res.append((thr, log[:]))
print(res)
errors = []
out = []
gc.collect()
for i in range(870):
    r = parse('x' + str(i % 7))
    if isinstance(r, Exception) and i % 5 == 0:
        errors.append(r)
    if i >= 840:
        out.append(gc.get_count())
print(len(errors), out)
