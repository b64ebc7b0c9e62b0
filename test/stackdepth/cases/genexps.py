# Generator expressions.
def total(items):
    return sum(x * x for x in items)


def any_neg(items):
    return any(x < 0 for x in items)


def joined(words):
    return ', '.join(w.strip() for w in words if w)


def nested_gen(rows):
    return list(c for r in rows for c in r if c)


def gen_of_gen(n):
    return sum(sum(j for j in range(i)) for i in range(n))


def keep(items, limit):
    g = (x for x in items if x < limit)
    return list(g)


def gen_in_args(a, items):
    return max((x for x in items), default=a)


def gen_with_closure(items, k):
    return list(x + k for x in items)


def gen_tuple(items):
    return tuple((a, b) for a, b in items)


def gen_dict(items):
    return dict((k, v) for k, v in items)


values = list(str(n) for n in range(3))
