# Format specs CPython refuses, and the messages each version gives (3.10 words a space sign on strings apart, 3.11 names the spec and type)
class Num(int):
    pass
cases = [(42, '.2'), (42, 'z'), (42, '+c'), (42, '#c'), (42, ',c'), (42, ',b'), (42, '_n'), (42, ',,'), (42, ',_'), (42, '_,'),
         (42, 'xx'), (42, 's'), (True, 's'), (Num(3), 'q'), (1.5, 'd'), (1.5, 'x,'), (1.5, '=^'), (1 + 2j, '010'), (1 + 2j, '=8'),
         (1 + 2j, '%'), (1 + 2j, 'x'), ('ab', '+'), ('ab', ' '), ('ab', '#'), ('ab', '='), ('ab', '08'), ('ab', 'd'), ('ab', 'z'),
         (42, '\U0001f600'), (42, '.'), (42, '99999999999999999999'), (1.5, '.3000000000'), (-1, 'c'), (0x110000, 'c'), (2 ** 80, 'c')]
for value, spec in cases:
    try:
        print(type(value).__name__, repr(spec), repr(format(value, spec)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(value).__name__, repr(spec), type(e).__name__, e)
for f in ('{:{}}', '{0:{1:{2}}}', '{!x}', '{0!}', '{:', '{0[}', 'a}b', '{0.}', '{}{0}', '{1000000000000000000000}'):
    try:
        print(repr(f), repr(f.format('ab', '>5', '')))
    except (ValueError, IndexError) as e:
        print(repr(f), type(e).__name__, e)
