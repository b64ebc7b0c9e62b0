a = [1, 2, 3]
b = a
c = [a, a]
d = {"k": a}
del b
c.append(a)
e = c
print(len(c))
