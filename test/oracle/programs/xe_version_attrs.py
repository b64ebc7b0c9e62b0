# names added in 3.9/3.11 are absent on older versions: gc.is_finalized, sys.exception, WeakValueDictionary's |
import gc, sys, weakref
print(hasattr(gc, 'is_finalized'), hasattr(sys, 'exception'))
d = weakref.WeakValueDictionary()
if sys.version_info < (3, 9):
    print(hasattr(d, '__or__'), hasattr(d, '__ior__'))
    try:
        d | {}
    except TypeError as e:
        print('TypeError', e)
try:
    raise KeyError('k')
except KeyError:
    f = getattr(sys, 'exception', None)
    print(f is None or repr(f()))
