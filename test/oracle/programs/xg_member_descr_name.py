# a builtin member descriptor's __name__ is its interned d_name: the same object each time
import sys
class C:
    __slots__ = ('field',)
print(slice.start.__name__, range.step.__name__, C.field.__name__)
print(slice.start.__name__ is slice.start.__name__, range.stop.__name__ is range.stop.__name__)
print(C.field.__name__ is C.field.__name__, C.field.__qualname__)
print(slice.start.__name__ == 'start', slice.start.__qualname__, slice.start.__objclass__)
if sys.version_info >= (3, 12):
    # immortal on 3.12+, interned at start-up before
    print(sys.getrefcount(slice.start.__name__) == sys.getrefcount(None))
    print(slice.start.__name__ is 'start')
else:
    print(True)
    print(True)
