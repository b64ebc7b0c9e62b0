# Closures: free and cell variables, nested scopes, LOAD_CLOSURE tuples.
def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count
    return counter


def adder(n):
    def add(x):
        return x + n
    return add


def three_free(a, b, c):
    def inner():
        return a + b + c
    return inner


def five_free(a, b, c, d, e):
    def inner(x=1, *, y=2):
        return a + b + c + d + e + x + y
    return inner


def passthrough(x):
    def middle():
        def innermost():
            return x
        return innermost
    return middle


def cell_and_local(a):
    b = a * 2

    def use_b():
        return b
    a = use_b()
    return a


def closure_in_loop(items):
    fs = []
    for i in items:
        def f(i=i):
            return i
        fs.append(f)
    return fs


def lambda_closure(a, b):
    return lambda: a + b


def class_in_function(x):
    class Local:
        attr = x

        def get(self):
            return x
    return Local


def genexp_closure(a, b, c):
    return list(i + a + b + c for i in range(3))


def comp_closure(a, b, c, d):
    return [i + a + b + c + d for i in range(3)]
