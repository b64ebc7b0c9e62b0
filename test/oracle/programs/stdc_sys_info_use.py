# using sys's struct sequences: float arithmetic at the limits, read-only members, tuple behaviour, __reduce__, docs, unpacking, counts around a binding, the collector
import sys, gc
fi = sys.float_info
print(fi[:3], fi[-2:], len(fi), list(fi)[8], isinstance(fi, tuple), type(fi).__mro__)
print(fi.max * 2, fi.epsilon + 1.0 == 1.0, fi.epsilon / 2 + 1.0 == 1.0, 1.0 + fi.epsilon)
print(fi.min / fi.max, fi.dig, fi.mant_dig)
try:
    fi.max = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    fi.foo
except AttributeError as e:
    print('AttributeError', e)
print(hash(sys.int_info) == hash(tuple(sys.int_info)), sys.int_info == (30, 4, 4300, 640), sys.int_info < (31,))
print(type(sys.float_info).n_fields, type(sys.hash_info).n_sequence_fields, sys.hash_info.n_unnamed_fields)
print(sys.hash_info.algorithm, sys.hash_info.modulus == 2**61 - 1, hash(float('inf')) == sys.hash_info.inf)
print(fi.__reduce__()[1][0][:2], type(fi).__doc__.splitlines()[0], type(fi).max.__doc__)
print(sys.maxsize + 1, -sys.maxsize - 1, sys.maxsize.bit_length(), chr(sys.maxunicode) == '\U0010ffff', sys.byteorder == 'little')
a, b, c, *rest = sys.int_info
print(a, b, c, rest, sys.getrefcount(a), sys.getrefcount(c))
gc.collect(); before = gc.get_count()
x = sys.float_info
print(sys.getrefcount(x), sys.getrefcount(sys.maxsize), sys.getrefcount(sys.byteorder))
del x
print(sys.getrefcount(sys.float_info), gc.is_tracked(sys.hash_info))
print(sys.getsizeof(sys.version_info), repr(sys.hash_info)[:40], str(sys.int_info)[:20])
m = sys.float_info.max
print(sys.getrefcount(m), sys.getrefcount(sys.float_info.epsilon))
print(sys.version_info >= (3, 8), sys.version_info[0], sys.version_info[:1])
print(gc.get_count()[0] - before[0], sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info))
print(sorted(k for k in dir(fi) if not k.startswith('_')))
