# with calls __enter__ and __exit__; __exit__ sees the exception and can suppress it by returning True.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with Managed('a') as m:
    print('inside', m.name)
with Managed('b', suppress=True):
    raise KeyError('hidden')
print('after b')
try:
    with Managed('c'):
        raise ValueError('visible')
except ValueError as e:
    print('caught', e)
with Managed('outer') as o, Managed('inner') as i:
    print('both', o.name, i.name)
