# Function attributes: __name__/__defaults__/__dict__ check their types, read-only ones refuse, and del really removes a custom attribute.
def handler(x, y=1):
    return x + y
handler.calls = 0
handler.calls += 1
print(handler.__dict__)
del handler.calls
print(hasattr(handler, 'calls'), handler.__dict__)
try:
    del handler.missing
except AttributeError as e:
    print('AttributeError:', e)
for attr, val in [('__name__', 5), ('__qualname__', None), ('__defaults__', [1]), ('__kwdefaults__', 5), ('__dict__', 5), ('__closure__', ()), ('__globals__', {})]:
    try:
        setattr(handler, attr, val)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
handler.__defaults__ = (10,)
print(handler(1))
handler.__defaults__ = None
try:
    handler(1)
except TypeError as e:
    print('TypeError:', e)
handler.__doc__ = 42
handler.__module__ = 'elsewhere'
print(handler.__doc__, handler.__module__)
del handler.__doc__, handler.__module__
print(handler.__doc__, handler.__module__)
handler.__dict__ = {'tag': 'v2'}
print(handler.tag)
try:
    del handler.__dict__
except TypeError as e:
    print('TypeError:', e)
