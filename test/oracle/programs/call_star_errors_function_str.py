# Errors about f(*x)/f(**x) name the callable as _PyObject_FunctionStr does (3.10+: module-qualified)
class C:
    def m(self, **k):
        pass
def f(**k):
    pass
calls = [
    lambda: f(a=1, **{"a": 2}), lambda: f(**1), lambda: int(*1), lambda: dict(**1),
    lambda: dict(a=1, **{"a": 2}), lambda: C().m(**[]), lambda: C().m(a=1, **{"a": 1}),
    lambda: print(*1), lambda: f(**{1: 2}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
