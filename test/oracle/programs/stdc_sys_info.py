# sys.float_info, int_info, hash_info (struct sequences: fields, indexing, slicing, repr, sizes, the items' and types' counts), maxsize, maxunicode, byteorder, version_info
import sys
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.maxsize, sys.maxunicode, sys.byteorder)
print(sys.version_info[:2], sys.version_info.major)
print(sys.getrefcount(sys.float_info), sys.getrefcount(sys.int_info), sys.getrefcount(sys.hash_info))
print(sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info), sys.getsizeof(sys.hash_info))
print(sys.getrefcount(sys.maxunicode), sys.getrefcount(sys.maxsize), sys.getrefcount(sys.byteorder))
print(sys.getrefcount(type(sys.float_info)), sys.getrefcount(type(sys.int_info)), sys.getrefcount(type(sys.hash_info)))
f = sys.float_info
print(len(f), f[0], f[-1], f.n_fields, f.n_sequence_fields, f.n_unnamed_fields, type(f).__name__)
print(sys.getrefcount(f.max), sys.getrefcount(f.dig), sys.getrefcount(f.epsilon))
print(sys.getrefcount(sys.int_info.bits_per_digit), sys.int_info)
print([sys.getrefcount(x) for x in sys.hash_info])
print([sys.getrefcount(x) for x in sys.float_info])
print([sys.getrefcount(x) for x in sys.int_info])
import gc
print(gc.is_tracked(f), f == tuple(f), hash(f) == hash(tuple(f)))
print(sys.getrefcount(type(sys.version_info)), sys.getrefcount(sys.version_info), sys.version_info[:2] >= (3, 8))
