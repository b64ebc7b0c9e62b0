# An uncaught exception whose __str__ itself raises: CPython prints the type and "<exception str() failed>"; caught, str() raises the inner error.
class Broken(Exception):
    def __str__(self):
        raise ValueError("cannot describe")

try:
    raise Broken("payload")
except Broken as e:
    print("args:", e.args)
    try:
        str(e)
    except ValueError as inner:
        print("str failed:", inner)
    print("repr:", repr(e))

def deep(n):
    if n == 0:
        raise Broken(n)
    deep(n - 1)

deep(3)
