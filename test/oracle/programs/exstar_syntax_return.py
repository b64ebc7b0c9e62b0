# 'return' of a constant in an except* block (3.11+): the compiler's SyntaxError points at the constant; before 3.11 except* is a SyntaxError
def f():
    try:
        pass
    except* (ValueError, TypeError) as eg:
        for x in eg.exceptions:
            if x:
                break
        return 1

print(f())
