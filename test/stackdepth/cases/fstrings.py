# f-strings: conversions, format specs, nested specs, debug specifier.
name = 'world'
greeting = f'hello {name}!'


def simple(x):
    return f'{x}'


def conversions(x):
    return f'{x!r} {x!s} {x!a}'


def specs(x, width, prec):
    return f'{x:>10} {x:.2f} {x:{width}.{prec}f} {x!r:^{width}}'


def nested_exprs(items):
    return f'{len(items)} items: {", ".join(str(i) for i in items)}'


def debug(x, y):
    return f'{x=} {y = !r} {x + y=:>5}'


def only_text():
    return f'plain text'


def empty():
    return f''


def concat(a, b):
    return f'{a}' 'middle' f'{b}' + 'tail'


def many_parts(a, b, c):
    return f'a={a}, b={b}, c={c}, sum={a + b + c}, prod={a * b * c}'


def fstring_in_call(items):
    for i, x in enumerate(items):
        print(f'{i:3d}: {x!r:<20} {x if x else "-"}')


def dict_in_fstring(d):
    return f"{d['key']} {d.get('k', 0):05d}"
