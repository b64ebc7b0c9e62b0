a = [x for x in y]
b = [x * 2 for x in range(10) if x % 2]
c = [(x, y) for x in a for y in b]
d = [x for x in a if x if x > 1]
e = {x for x in y}
f = {k: v for k, v in d.items()}
g = (x for x in y)
h = [x for x in y for z in x if z]
i = [[j for j in range(i)] for i in range(3)]
j = sum(x * x for x in range(5))
k = {k: [v for v in vs] for k, vs in m}
l = [y := f(x) for x in data]
m = [x for *a, x in pairs]
n = list((x, y) for x, y in zip(a, b))
o = [x for x in (lambda: [1])()]
p = [x if x else 0 for x in y]
