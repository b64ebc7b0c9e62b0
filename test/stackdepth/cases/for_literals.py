# Iterating over literal lists, sets and tuples (folded to constants).
for x in [1, 2, 3]:
    print(x)

for y in {4, 5, 6}:
    print(y)


def over_list():
    out = []
    for n in [10, 20, 30, 40]:
        out.append(n)
    return out


def over_mixed(a, b):
    for v in [a, b, 1]:
        print(v)
    for v in (a, b):
        print(v)
    for v in {a, b}:
        print(v)


def in_tests(x):
    if x in [1, 2, 3]:
        return 'list'
    if x in {4, 5}:
        return 'set'
    if x not in (6, 7):
        return 'tuple'
    if x in [x, 1]:
        return 'mixed'
    return None


def list_display():
    a = [1, 2, 3]
    b = [1, 2]
    c = []
    d = [1]
    e = [1, 2, 3, 4, 5, 6]
    return a, b, c, d, e
