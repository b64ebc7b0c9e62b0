# repr() of deeply nested lists, dicts and tuples: RecursionError "while getting the repr of an object" at the Python limit up to 3.11, at the C limit on 3.12 (1500) and not at these depths on 3.13.
def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
def nest_dict(n):
    x = {}
    for i in range(n):
        x = {i: x}
    return x
def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x
for n in (100, 990, 1200, 1490, 1600):
    for make in (nest_list, nest_dict, nest_tuple):
        obj = make(n)
        try:
            text = repr(obj)
            print(make.__name__, n, len(text))
        except RecursionError as e:
            print(make.__name__, n, "RecursionError:", e)
        try:
            print(make.__name__, n, "str", len(str(obj)))
        except RecursionError as e:
            print(make.__name__, n, "str RecursionError:", e)
