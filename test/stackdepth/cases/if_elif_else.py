# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'


def nested(a, b):
    if a:
        if b:
            x = 1
        else:
            x = 2
    else:
        x = 3
    return x


def no_else(x):
    if x > 5:
        x = 5
    return x


def complex_test(a, b, c):
    if a and b or c:
        return 1
    if not a:
        return 2
    if a is None:
        return 3
    if a is not None and b is None:
        return 4
    if (a or b) and (b or c):
        return 5
    return 6


def if_expression_test(a, b):
    if (a if b else b):
        return a
    return b


value = 7
if value % 2:
    kind = 'odd'
else:
    kind = 'even'
