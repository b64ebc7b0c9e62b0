a = lambda: 0
b = lambda x: x + 1
c = lambda x, y=1: x * y
d = lambda *args, **kw: (args, kw)
e = lambda x, /, y, *, z: x
f = lambda *, k=3: k
g = lambda x=lambda: 1: x()
h = sorted(data, key=lambda item: item[1])
i = lambda a, b=2, *c, d, e=5, **f: 0
