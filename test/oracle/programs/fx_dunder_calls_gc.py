# Calling a dunder directly (s.__len__(), n.__add__(1)): the slot wrapper is called unbound, its instance and arguments packed into tuples.
import gc

word = 'memory'
n = 40
items = [1, 2, 3]
gc.collect()
d = []
c = gc.get_count()[0]; a = word.__len__(); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; a = word.__len__(); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; b = n.__add__(2); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; b = n.__add__(2); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; e = items.__len__(); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; m = word.__len__; d.append(gc.get_count()[0] - c)
del m
print(d, a, b, e)
try:
    word.__add__(1, 2)
except TypeError as err:
    print(err)
print(type(str.__len__).__name__, type(word.__len__).__name__)
gc.collect()
print(gc.get_count())
