f()
f(1)
f(1, 2, 3)
f(a=1)
f(1, b=2)
f(*args)
f(**kwargs)
f(1, *args, b=2, **kwargs)
f(*a, *b, **c, **d)
f(x for x in y)
f(a)(b)(c)
obj.method(1).other()
print("hello", end="")
f(a, *b, c=1, *d, **e)
f(
    1,
    2,
)
g = f(x := 5)
