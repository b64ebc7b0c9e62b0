a = b
a, b = c, d
[a, b] = c
(a, [b, *c]) = d
a.b = c.d
a[b] = c[d]
del a, b.c, d[e], (f, g), [h]
for a, (b, c) in d:
    pass
with e as (f, g):
    pass
x = [i for i, j in k]
*a, = b
