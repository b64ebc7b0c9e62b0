# Positional, keyword, default, *args, **kwargs and keyword-only parameters bind arguments to names.
def describe(a, b=2, *rest, key='k', **extra):
    return (a, b, rest, key, sorted(extra.items()))
print(describe(1))
print(describe(1, 3))
print(describe(1, 3, 4, 5))
print(describe(a=7, key='z'))
print(describe(1, 2, 3, key=None, x=1, y=2))
def only_kw(*, width, height=10):
    return width * height
print(only_kw(width=3), only_kw(height=2, width=4))
args = (5, 6)
kwargs = {'key': 'kw', 'flag': True}
print(describe(*args, **kwargs))
try:
    only_kw(3)
except TypeError:
    print('keyword-only argument needed')
