a = x < y
b = x < y <= z
c = x == y != z
d = x in y
e = x not in y
f = x is None
g = x is not None
h = 1 < x < 10 > y >= z
i = not x == y
j = (x < y) == (y < z)
k = x < y and y < z
