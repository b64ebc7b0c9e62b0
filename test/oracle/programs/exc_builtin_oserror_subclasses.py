# Builtin OSError subclasses and Warning categories: MRO, sizes, str/repr, raise/except matching.
import sys
for c in (ConnectionError, BrokenPipeError, FileExistsError, TimeoutError, ChildProcessError, FutureWarning, ResourceWarning, SyntaxWarning, BytesWarning):
    e = c('boom', 'x') if issubclass(c, Warning) else c('boom')
    print(c.__name__, c.__mro__, sys.getsizeof(e), c.__basicsize__, str(e), repr(e), sys.getrefcount(e))
    print(c('a').args, repr(c()), str(c()))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise ConnectionResetError('peer')
except ConnectionError as ex:
    print('caught', type(ex).__name__, ex.args, ex.errno, ex.strerror, ex.filename)
try:
    raise BrokenPipeError
except OSError as ex:
    print('caught', repr(ex), sys.getrefcount(ex))
try:
    try:
        raise FileExistsError('f')
    except (IsADirectoryError, NotADirectoryError):
        print('no')
except FileExistsError as ex:
    print('yes', ex)
class MyErr(ConnectionRefusedError):
    pass
m = MyErr('q')
print(sys.getsizeof(m), MyErr.__basicsize__, MyErr.__mro__, repr(m))
x = [InterruptedError(i) for i in range(3)]
print(sys.getsizeof(x[0]), [repr(y) for y in x])
try:
    raise FutureWarning('soon')
except Warning as w:
    print(type(w).__name__, w, sys.getsizeof(w))
print(issubclass(ConnectionAbortedError, ConnectionError), issubclass(TimeoutError, ConnectionError))
