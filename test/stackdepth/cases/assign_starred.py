# Starred assignment targets (UNPACK_EX).
first, *rest = [1, 2, 3, 4]
*init, last = range(10)
a, *mid, z = 'hello'


def head_tail(seq):
    head, *tail = seq
    return head, tail


def middle(seq):
    first, *middle, last = seq
    return middle


def many(seq):
    a, b, c, *d, e, f = seq
    return a + f


def nested_star(seq):
    (a, *b), *c = seq
    return a, b, c


def in_for(pairs):
    out = []
    for first, *others in pairs:
        out.append(len(others))
    return out
