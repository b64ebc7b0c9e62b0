# ExceptionGroup split/subgroup/derive (3.11+): matching by type, tuple and predicate, nested partial matches, leaves shared, traceback/context/cause/notes copied to the parts, refcounts, sizes and gc
import sys, gc


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


if sys.version_info < (3, 11):
    print("no exception groups")
else:
    v1 = ValueError(1)
    t1 = TypeError(2)
    k1 = KeyError(3)
    inner = ExceptionGroup("inner", [t1, k1])
    eg = ExceptionGroup("outer", [v1, inner])
    print(sys.getrefcount(v1), sys.getrefcount(t1), sys.getrefcount(inner), sys.getrefcount(eg))
    m, r = eg.split(TypeError)
    print(repr(m), repr(r))
    print(m.exceptions[0].exceptions[0] is t1, type(m).__name__, m.message, m.args)
    print(sys.getrefcount(t1), sys.getrefcount(v1), sys.getrefcount(m), sys.getrefcount(r))
    print(sys.getsizeof(m), sys.getsizeof(m.args[1]), type(m.args[1]).__name__)
    print(m.__suppress_context__, m.__context__, m.__cause__, m.__traceback__)
    print(eg.subgroup(lambda e: isinstance(e, KeyError)))
    print(eg.subgroup(ValueError), eg.subgroup(ExceptionGroup) is eg, eg.subgroup(OSError))
    print(eg.split((ValueError, KeyError)))
    print(eg.split(lambda e: False))
    print(eg.split(BaseException)[0] is eg)
    attempt("split int", lambda: eg.split(3))
    attempt("split tuple", lambda: eg.split((ValueError, 3)))
    attempt("split list", lambda: eg.split([ValueError]))
    attempt("split none", lambda: eg.split())
    attempt("split two", lambda: eg.split(ValueError, TypeError))
    attempt("derive none", lambda: eg.derive())
    attempt("derive empty", lambda: eg.derive([]))
    attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
    attempt("derive", lambda: eg.derive((v1,)))
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise eg from z
    except ExceptionGroup as e:
        caught = e
    caught.add_note("hello")
    caught.add_note("two")
    a, b = caught.split(ValueError)
    print(a.__notes__, b.__notes__, a.__notes__ is caught.__notes__, a.__traceback__ is caught.__traceback__)
    print(type(a.__context__).__name__, type(a.__cause__).__name__, a.__suppress_context__)
    print(sys.getrefcount(caught.__notes__), sys.getsizeof(a.__notes__), sys.getrefcount(caught.__traceback__))
    print(b.exceptions[0].__notes__ if hasattr(b.exceptions[0], "__notes__") else "no notes on the inner group")
    del a, b, caught, e
    bg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)])
    print(repr(bg.split(Exception)), sys.getsizeof(bg))
    print(bg.derive([ValueError(1)]), type(bg.derive([ValueError(1)])).__name__)
    del m, r
    print(sys.getrefcount(v1), sys.getrefcount(t1), sys.getrefcount(inner), gc.collect())

    class Node:
        pass

    n = Node()
    try:
        raise ExceptionGroup("cycle", [ValueError(n)])
    except ExceptionGroup as x:
        n.x = x
        parts = x.split(ValueError)
    del n, x, parts
    print(gc.collect())
