# return statements of every shape.
def none():
    return


def const():
    return 42


def const_str():
    return 'text'


def expr(a, b):
    return a + b


def tup(a, b):
    return a, b


def const_tuple():
    return 1, 2, 3


def multiline(a,
              b):
    return (
        a *
        b
    )


def in_for(items):
    for x in items:
        return x


def in_while(n):
    while n:
        return n
    return None


def in_with(cm):
    with cm:
        return 1


def implicit(x):
    x = x + 1


def conditional(x):
    return x if x else None


def early(x):
    if x:
        return
    print(x)
