# an uncaught ExceptionGroup (3.11+; a NameError before) whose members carry a folded recursion, carets, a cause chain and a context cycle: the boxed report as each version prints it
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1) + 1
def member():
    try:
        rec(6)
    except ValueError as e:
        raise KeyError("wrapped") from e
errs = []
try:
    member()
except KeyError as k:
    errs.append(k)
a = TypeError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
errs.append(a)
x = {"k": 1}
def f():
    return x["k"] + x["missing"]
try:
    f()
except KeyError as k2:
    errs.append(k2)
raise ExceptionGroup("report", errs)
