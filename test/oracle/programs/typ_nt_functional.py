# typing.NamedTuple, functional form: NamedTuple('P', [(name, type), ...]).
import sys, gc
from typing import NamedTuple, Optional
gc.collect()
P = NamedTuple('P', [('x', int), ('y', Optional[str])])
p = P(1, 'a')
print(p, P(x=2, y=None), p._replace(y='b'), p._asdict(), P._make((5, 'c')))
print(P._fields, P._field_defaults, P.__annotations__, P.__name__, P.__module__, P.__doc__)
print(sys.getsizeof(p), gc.is_tracked(p), sys.getrefcount(P), sys.getrefcount(p), sys.getrefcount(P.__annotations__))
E = NamedTuple('E', [])
e = E()
print(e, len(e), sys.getsizeof(e), E._fields)
try:
    P(1)
except TypeError as err:
    print('TypeError', err)
try:
    NamedTuple('Bad', [('_x', int)])
except ValueError as err:
    print('ValueError', err)
t = (p, p)
print(sys.getrefcount(p), t[0] is t[1])
del t
print(sys.getrefcount(p))
# 3.8 keeps the types also as _field_types; 3.12+ records the NamedTuple base
print(getattr(P, '_field_types', None), len(getattr(P, '__orig_bases__', ())))
class Outer:
    class Inner(NamedTuple):
        v: float = 1.5
print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__name__, len(getattr(Outer.Inner, '__orig_bases__', ())))
print(getattr(Outer.Inner, '_fields_defaults', None), Outer.Inner._field_defaults)
