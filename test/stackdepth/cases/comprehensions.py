# List/set/dict comprehensions in functions, with conditions and nesting.
def squares(n):
    return [i * i for i in range(n)]


def evens(n):
    return {i for i in range(n) if i % 2 == 0}


def index(words):
    return {w: len(w) for w in words}


def filtered(items, lo, hi):
    return [x for x in items if x > lo if x < hi]


def nested_loops(rows):
    return [cell for row in rows for cell in row]


def nested_comps(n):
    return [[i * j for j in range(n)] for i in range(n)]


def dict_of_lists(groups):
    return {k: [v for v in vs if v] for k, vs in groups.items()}


def tuple_target(pairs):
    return [a + b for a, b in pairs]


def uses_closure(items, factor):
    return [x * factor for x in items]


def cond_expr(items):
    return [x if x > 0 else -x for x in items]


def comp_with_call(items):
    return [str(x).upper() for x in items if x is not None]


def comp_temp_var(items):
    return [y for x in items for y in [x * 2]]


def comp_in_loop(rows):
    out = []
    for r in rows:
        out.append(sum([c for c in r]))
    return out


def triple(n):
    return [(a, b, c) for a in range(n) for b in range(a) for c in range(b) if a + b > c]


def shadowing(x):
    y = [x for x in range(3)]
    return x, y


def comp_lambda(n):
    return [lambda: i for i in range(n)]
