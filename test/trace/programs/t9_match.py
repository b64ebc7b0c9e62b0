# match statements: per-line executions of the cases tried, guards on their own line
def describe(p):
    match p:
        case {'x': x, 'y': y}:
            kind = 'point'
        case [a, b] if a > b:
            kind = 'falling'
        case [a, b]:
            kind = 'pair'
        case int() | float():
            kind = 'number'
        case str() as s if (
            len(s) > 1
        ):
            kind = 'word'
        case _:
            kind = 'other'
    return kind


results = []
for v in [{'x': 1, 'y': 2}, [1, 2], [3, 1], 3, 2.5, 'z', 'zz', [1, 2, 3]]:
    results.append(describe(v))
print(results)
