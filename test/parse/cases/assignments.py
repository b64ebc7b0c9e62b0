x = 1
a = b = c = 0
x, y = 1, 2
(x, y) = (y, x)
[x, y] = [1, 2]
x, *rest = items
*init, last = items
a, (b, c) = 1, (2, 3)
x.attr = 1
x[0] = 1
x[1:2] = [1]
x.a.b[0].c = 5
first, = items
a = b = c, d = e
x = yield_value = 1
[a, [b, *c]] = d
obj.x, obj.y = 1, 2
