# except* (3.11+; a SyntaxError before) and gc.get_count(): the lists, splits, derived groups and argument tuples of each clause as CPython allocates them (3.11 keeps the unsplit group when a clause does not match), automatic collections at a low threshold
import gc, sys
gc.collect()
print(gc.get_count())
def f(n):
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(n)] + [TypeError(0), KeyError(1)])
    except* ValueError as e:
        print("in", gc.get_count())
    except* TypeError:
        print("in2", gc.get_count())
    except* OSError:
        pass
try:
    f(3)
except* KeyError as k:
    print("k", gc.get_count())
print(gc.get_count())
for n in range(1, 8):
    try:
        f(n)
    except ExceptionGroup as g:
        pass
    print(n, gc.get_count())
def g2(n):
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(n)])
    except* ValueError as e:
        raise
for n in (1, 4, 5, 6, 9):
    try:
        g2(n)
    except ExceptionGroup:
        pass
    print(n, gc.get_count())
gc.set_threshold(5)
for n in range(6):
    try:
        f(n)
    except ExceptionGroup as g:
        pass
    print(n, gc.get_count())
gc.set_threshold(700)
eg2 = ExceptionGroup("g", [ValueError(1), TypeError(2)])
v = ValueError(3)
l = [v]
r = []
gc.collect()
a = eg2.derive(l)
r.append(gc.get_count())
gc.collect()
b = eg2.subgroup(ValueError)
r.append(gc.get_count())
gc.collect()
c = eg2.split(ValueError)
r.append(gc.get_count())
gc.collect()
d = ExceptionGroup("h", l)
r.append(gc.get_count())
gc.collect()
e = BaseExceptionGroup("h", l)
r.append(gc.get_count())
gc.collect()
f = eg2.derive((v,))
r.append(gc.get_count())
print(r)
