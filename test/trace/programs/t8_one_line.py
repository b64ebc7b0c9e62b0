# Several statements on one line run the line once (CPython's line events), however many there are.
a = []; b = a; c = [a, b]
def pair(x):
    y = [x]; z = (y, y)
    return z
for i in range(3):
    p = pair(a); q = p
d = {}; d['k'] = c; del c
e = [1]; f = e; e = None
