# Custom exception classes: an except clause for a base class catches its subclasses, first match wins.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__('missing ' + repr(key))
        self.key = key
class Invalid(AppError):
    pass
def lookup(d, key):
    if not isinstance(key, str):
        raise Invalid('bad key type', type(key).__name__)
    if key not in d:
        raise NotFound(key)
    return d[key]
for k in ['a', 'b', 3]:
    try:
        print(lookup({'a': 1}, k))
    except NotFound as e:
        print('NotFound:', e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e.args, str(e))
print(issubclass(NotFound, Exception), isinstance(NotFound('x'), AppError))
try:
    [][1]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__, e)
try:
    {}['k']
except LookupError as e:
    print('LookupError catches', type(e).__name__, repr(e))
