def f(**k):
    pass
f(x=1, y=2, x=3)
