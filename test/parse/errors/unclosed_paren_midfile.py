def f(a, b):
    return (a +
            b

x = f(1, 2
y = 3
print(x, y)
