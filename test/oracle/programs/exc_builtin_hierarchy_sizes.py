# Each builtin exception's size follows its C struct (OSError, ImportError, SyntaxError, StopIteration, ... are bigger), and subclasses inherit it
import sys
for E in (Exception, KeyError, StopIteration, ImportError, ModuleNotFoundError, SyntaxError, IndentationError, AttributeError, NameError, UnboundLocalError, SystemExit, OSError, FileNotFoundError):
    print(E.__name__, sys.getsizeof(E()), sys.getsizeof(E("a")))
class AppError(FileNotFoundError):
    pass
class Done(StopIteration):
    pass
try:
    raise AppError("missing")
except OSError as e:
    print(repr(e), sys.getsizeof(e))
print(sys.getsizeof(Done(42)), Done(42).value)
def g():
    return 7
    yield
try:
    next(g())
except StopIteration as e:
    print(e.value, sys.getsizeof(e))
try:
    UnicodeDecodeError("utf-8", b"x")
except TypeError as e:
    print(e)
print([c.__name__ for c in FileNotFoundError.__mro__], issubclass(ModuleNotFoundError, ImportError))
