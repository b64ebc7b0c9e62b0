def f():
    x = f"{1 +
