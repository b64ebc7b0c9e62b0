a = 3j
b = 1.5e2j
c = 1 + 2j
d = 0j
e = 1_0J
f = .5j
g = 1e-3j
h = -4j
