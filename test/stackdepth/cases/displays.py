# List, tuple, set and dict displays, constant and not, with starred items.
empty = ([], (), {}, set())
consts = ([1, 2, 3], (1, 2, 3), {1, 2, 3}, {'a': 1, 'b': 2})


def lists(a, b):
    return [a, b], [a, 1, b], [1, 2, 3, 4], [a], [[a, b], [b, a]]


def tuples(a, b):
    return (a, b), (a, 1, 'x'), (1, (2, 3)), (a, (1, 2))


def sets(a, b):
    return {a, b}, {1, 2, 3}, {a, 1}, {(1, 2), (3, 4)}


def dicts(a, b):
    d1 = {'x': a, 'y': b}
    d2 = {a: 1, b: 2}
    d3 = {'k': 1}
    d4 = {1: 'one', 2: 'two', 3: 'three'}
    d5 = {a: b, 'c': a}
    d6 = {}
    return d1, d2, d3, d4, d5, d6


def starred_list(a, b):
    return [*a], [*a, *b], [1, *a], [*a, 1, 2], [a, *b, a, *b, a]


def starred_tuple(a, b):
    return (*a,), (*a, *b), (1, *a, 2), (a, b, *a)


def starred_set(a, b):
    return {*a}, {*a, *b}, {1, *a}


def dstar_dict(a, b):
    return {**a}, {**a, **b}, {'x': 1, **a}, {**a, 'y': 2}, {'x': 1, **a, 'y': 2, 'z': 3, **b}


def nested_displays(a):
    return {'k': [a, (a, {a: [a]})]}


def const_nested():
    return [(1, 2), (3, 4), (5, 6)], {'a': (1, 2)}, [[1, 2], [3, 4]]


MATRIX = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
LOOKUP = {'one': 1, 'two': 2, 'three': 3}
