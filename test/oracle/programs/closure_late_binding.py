# Closures capture variables, not values: all lambdas created in a loop see the variable's last value.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([f() for f in fixed])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in make_adders()])
print(fns[0].__closure__, fixed[0].__defaults__)
