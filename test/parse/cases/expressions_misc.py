x = (1)
y = ((1, 2))
z = (yield_ := 3)
w = [(a, b) for a in range(2) for b in range(2) if a != b]
v = {'a': 1}.get('a', None)
u = not not x
t = -(-x)
s = x if not y else -z
r = [1, 2][0]
q = (lambda: 1)()
p = 'abc'[::-1]
o = x.__class__.__name__
n = [*range(3)]
m = (*range(3),)
l = print
k = ()
j = (
    1
    + 2
)
i = x[1:2][::2]
h = 1 if x else 2, 3
