# sys's struct-sequence types: version_info's cannot be instantiated, none can be subclassed; the tuple methods and operators on them
import sys
try:
    type(sys.version_info)()
except TypeError as e:
    print(e)
try:
    class X(type(sys.float_info)): pass
except TypeError as e:
    print(e)
print(sys.float_info.count(15), sys.float_info.index(53), 15 in sys.float_info, sys.int_info * 2 == tuple(sys.int_info) * 2)
print(sys.float_info + (1,), (sys.hash_info.width, *sys.hash_info[7:]))
