# deque's argument conversions (PyLong_AsSsize_t for maxlen, the 'n' converter for rotate and
# insert, _PyEval_SliceIndexNotNone for index) and the slot wrappers its sequence slots make.
from collections import deque

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque(range(6))
attempt('maxlen str', lambda: deque([], 'x'))
attempt('maxlen float', lambda: deque([], 2.5))
attempt('maxlen big', lambda: deque(maxlen=2**70))
attempt('maxlen neg', lambda: deque(maxlen=-1))
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate float', lambda: d.rotate(1.5))
attempt('rotate huge', lambda: d.rotate(2**70))
attempt('rotate 2**60', lambda: (d.rotate(2**60), list(d))[1])
attempt('index start', lambda: d.index(1, 'a'))
attempt('index big', lambda: d.index(3, -2**70, 2**70))
attempt('insert str', lambda: d.insert('a', 1))
attempt('insert big', lambda: (d.insert(2**60, 'end'), d.insert(-2**60, 'start'), list(d))[2])
attempt('add str', lambda: d.__add__('ab'))
attempt('add deque', lambda: d.__add__(deque('x')))
attempt('mul str', lambda: d.__mul__('x'))
attempt('mul big', lambda: d.__mul__(2**70))
attempt('rmul', lambda: d.__rmul__(2))
attempt('getitem str', lambda: d.__getitem__('x'))
attempt('getitem big', lambda: d.__getitem__(2**70))
attempt('subscript str', lambda: d['x'])
attempt('setitem neg', lambda: (d.__setitem__(-1, 'last'), d[-1])[1])
attempt('delitem big', lambda: d.__delitem__(-2**70))
attempt('iadd str', lambda: d.__iadd__('yz'))
full = deque([1, 2], maxlen=2)
attempt('insert full', lambda: full.insert(0, 0))
