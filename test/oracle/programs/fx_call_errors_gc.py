# Calling a function with the wrong arguments: the TypeError, and what CPython allocated to build it (frame, names list).
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def area(w, h, *, unit):
    return w * h


def first(a, b, /, c=0):
    return a


calls = [
    lambda: area(2),
    lambda: area(2, 3),
    lambda: area(2, 3, 4),
    lambda: area(2, 3, unit='m', scale=2),
    lambda: area(2, w=3, unit='m'),
    lambda: first(a=1, b=2),
    lambda: Point(1),
    lambda: Point(),
]
gc.collect()
for f in calls:
    before = gc.get_count()[0]
    try:
        f()
    except TypeError as e:
        msg = str(e)
    after = gc.get_count()[0]
    print(after - before, msg)
gc.collect()
print(gc.get_count())
