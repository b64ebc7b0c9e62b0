# str.format fields: positional and keyword names, indexing and attributes, conversions, nested specs, auto-numbering rules and format_map
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __format__(self, spec):
        return 'P<' + spec + '>'
p = Point(3, 'four')
d = {'k': [10, 20], 7: 'int key', '7': 'str key'}
print('{0.x} {0.y!r} {0!r} {0} {0:spec}'.format(p))
print('{0[k][1]} {0[7]} {d[k]} {d[7]!r}'.format(d, d=d))
print('{:>{w}.{p}f}|{:{fill}^{w}}|{!r:>{w}}'.format(3.14159, 'mid', 'x', w=9, p=2, fill='-'))
print('{} {} {}'.format(*'abc'), '{2}{1}{0}'.format(*'abc'), '{a}{b}{a}'.format(a=1, b=2), '{{{}}}'.format('in braces'))
print('{0[0]}{0[1]}'.format('xy'), '{[1]}'.format([5, 6]), '{.real}'.format(2 + 3j), '{0.__class__.__name__}'.format(1.5))
print('{!s:*^9}'.format(p), '{!a}'.format('caf\xe9'), '{:%Y}'.format(p), '{0:{1}}'.format('ab', '>5'))
print('{name} is {age}'.format_map({'name': 'Ada', 'age': 36}), '{x[0]}'.format_map({'x': 'zy'}))
for f, args, kw in [('{}{0}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{2}', (1,), {}), ('{a}', (), {}), ('{0.z}', (p,), {}),
                    ('{0[2]}', ([1],), {}), ('{0[x]}', ([1],), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0!z}', (1,), {}),
                    ('{', (), {}), ('}', (), {}), ('{0!r', (1,), {}), ('{0:{}', (1,), {}), ('{x]}', (), {'x': 1})]:
    try:
        print(repr(f.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
try:
    '{0}'.format_map({})
except ValueError as e:
    print(e)
