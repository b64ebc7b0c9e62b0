# Deleting keys never shrinks a dict's table; clear() and rebuilding do.
import sys
d = {}
for i in range(12):
    d['key%d' % i] = i
print(len(d), sys.getsizeof(d))
for i in range(10):
    del d['key%d' % i]
print(len(d), sys.getsizeof(d))
d['new'] = 1
print(len(d), sys.getsizeof(d))
rebuilt = dict(d)
print(len(rebuilt), sys.getsizeof(rebuilt))
print(d.pop('new'), d.popitem(), len(d), sys.getsizeof(d))
d.clear()
print(len(d), sys.getsizeof(d))
