# Small-int cache covers -5..256: computed values in range are the same object; 257 is a new object each time.
n = 250
a = n + 6
b = n + 6
print(a is b)
c = n + 7
d = n + 7
print(c is d)
e = -n + 245
f = -n + 245
print(e, e is f)
g = -n + 244
h = -n + 244
print(g, g is h)
