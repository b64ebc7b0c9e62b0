# SyntaxWarning for "is" / "is not" with a literal (3.8+; the literal's type named from 3.12), in statements, comprehensions and nested functions: written to stderr once per occurrence at compile time, with the source line.
def classify(x):
    if x is 0:
        return "zero"
    if x is not "":
        return "nonempty"
    return "other"

values = [v for v in (0, 1, 300) if v is not 1]
print(classify(0), classify("a"), values)
flags = (None is None, 1.5 is 1.5, (1, 2) is (1, 2), b"x" is b"x")
print(len(flags))
n = 5
print(n is 5, n is not -5, "abc" is "abc")
