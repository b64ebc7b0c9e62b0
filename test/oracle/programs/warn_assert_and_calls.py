# Compile-time SyntaxWarnings besides "is": an assert on a non-empty tuple (always true), calling a literal ('int' object is not callable; perhaps you missed a comma?) and subscripting one, written before the program runs.
def check(x):
    assert (x > 0, "x must be positive")
    return x

def pairs():
    return [(1, 2) (3, 4)] if False else [(1, 2), (3, 4)]

def first(items):
    return items[0] if items else "abc"[0] if False else [1, 2][0]

def bad_index():
    return (1, 2)["a"] if False else None

print(check(-1), pairs(), first([]), bad_index())
try:
    5(2)
except TypeError as e:
    print("TypeError:", e)
