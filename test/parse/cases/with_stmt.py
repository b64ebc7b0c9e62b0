with open("f") as f:
    pass

with a, b:
    pass

with a as x, b as y:
    pass

with a as (x, y):
    pass

with a as self.attr:
    pass

with a as x[0]:
    pass

with (open("a") as fa, open("b") as fb):
    pass

with (a, b):
    pass

with (a):
    pass

with (
    open("x") as x,
    open("y"),
):
    pass

with a() as [p, q]:
    pass
