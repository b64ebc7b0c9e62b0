# sys.version_info is a struct sequence: a tuple with named, read-only fields.
import sys
v = sys.version_info
T = type(v)
print(type(v).__name__, T.__qualname__, T.__module__, T.__mro__[1:], len(v), isinstance(v, tuple))
print(v.major, v.releaselevel, v.serial, v[0], v[3], v >= (3, 8), v[:2] == (v.major, v.minor))
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.major, T.micro.__doc__)
print(repr(v).split(', micro=')[0], str(v).endswith("releaselevel='final', serial=0)"))
print(sys.getsizeof(v), sys.getrefcount(v), sys.getrefcount(T) > 1, T.__basicsize__, T.__itemsize__)
print(type(v[:2]).__name__, type(v + ()).__name__, hash(v) == hash(tuple(v)), v.index(3), v.count('final'))
for f in [lambda: setattr(v, 'major', 4), lambda: delattr(v, 'minor'), lambda: setattr(v, 'x', 1),
          lambda: T(), lambda: T((3, 8, 0, 'final', 0)), lambda: v[5]]:
    try:
        f()
    except (AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
major, minor, *rest = v
print(major, minor == v.minor, len(rest), v.__reduce__()[0] is T, sorted(k for k in T.__dict__ if k[0] != '_'))
