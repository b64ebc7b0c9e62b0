# int('x1') raises twice in C (PyLong_FromString, then its caller): on 3.12+ the first ValueError is an object, and the second's repr runs the collection it scheduled; at higher thresholds the collection parse() schedules waits (a Python function returns without the eval-breaker check) until set_threshold(700) lifts the threshold
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
gc.callbacks.remove(cb)
gc.collect()
gc.disable()
keep = []
c0 = gc.get_count()[0]
for i in range(6):
    keep.append(parse(' 1_2x' + str(i)))
    print(gc.get_count()[0] - c0, end=' ')
print()
print(str(keep[0]), str(parse('0x1g')), str(parse('١٢x')))
