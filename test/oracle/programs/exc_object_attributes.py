# Exception objects' attributes and text: StopIteration.value, SystemExit.code, KeyError's repr of its key, args of several arities, subclasses, and assignments to __cause__/__context__/__suppress_context__.
def gen():
    yield 1
    return "finished"
it = gen()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
for e in (StopIteration(), StopIteration(1, 2), SystemExit(), SystemExit(3), SystemExit("msg", 2)):
    print(type(e).__name__, repr(e), e.args, getattr(e, "value", getattr(e, "code", None)))
print(repr(KeyError("a")), str(KeyError("a")), repr(str(KeyError())), str(KeyError(1, 2)), str(KeyError(("t",))))
print(repr(ValueError()), repr(ValueError("a", 1)), str(ValueError("a", 1)), str(OSError("x")))
class AppError(ValueError):
    def __init__(self, code, detail):
        super().__init__(f"{code}: {detail}")
        self.code = code
e = AppError(404, "missing")
print(repr(e), str(e), e.args, e.code, isinstance(e, ValueError))
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
e.__context__ = TypeError("t")
print(repr(e.__context__), e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
e.args = [1, 2]
print(e.args, str(e))
d = {}
d[("a", 1)]
