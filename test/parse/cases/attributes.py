a = x.y
b = x.y.z
c = x.y().z
d = x[0].y
x.y = 1
x.y.z = 2
del x.y
e = (1).real
f = "abc".upper()
g = x.y[1].z(2)
