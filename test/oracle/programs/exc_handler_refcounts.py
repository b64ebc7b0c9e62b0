# While `except E as e` runs, the exception is held by the name and by the thread's "handled
# exception" (exc_info) — the evaluation stack's reference moved into the name.
import sys
try:
    raise ValueError("x")
except ValueError as e:
    print(sys.getrefcount(e))
err = ValueError("y")
print(sys.getrefcount(err))
try:
    raise err
except ValueError as e:
    print(sys.getrefcount(e), e is err)
print(sys.getrefcount(err))
def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        print(sys.getrefcount(e))
        try:
            raise IndexError("i")
        except IndexError as inner:
            print(sys.getrefcount(e), sys.getrefcount(inner))
        print(sys.getrefcount(e))
f()
kept = []
try:
    raise TypeError("t")
except TypeError as e:
    kept.append(e)
    print(sys.getrefcount(e))
print(sys.getrefcount(kept[0]))
try:
    try:
        raise err
    except ValueError as e:
        print(sys.getrefcount(err))
        raise
except ValueError as again:
    print(again is err, sys.getrefcount(err))
print(sys.getrefcount(err))
try:
    raise err
except ValueError:
    print(sys.getrefcount(err), sys.exc_info()[1] is err)
print(sys.getrefcount(err))
try:
    try:
        raise err
    except ValueError as e:
        raise KeyError("new")
except KeyError as k:
    print(sys.getrefcount(err), k.__context__ is err)
print(sys.getrefcount(err))
