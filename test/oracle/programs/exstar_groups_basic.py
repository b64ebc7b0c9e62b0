# ExceptionGroup/BaseExceptionGroup (3.11+): construction and its errors, class selection, .message/.exceptions/args, str/repr, sizes and refcounts; NameError before 3.11
import sys, gc

try:
    ExceptionGroup
    print("has groups")
except NameError as e:
    print("NameError:", e)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


if sys.version_info >= (3, 11):
    v = ValueError(1)
    t = TypeError("two")
    print(sys.getrefcount(v), sys.getrefcount(t))
    eg = ExceptionGroup("many", [v, t])
    print(str(eg), repr(eg))
    print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
    print(eg.args[1] is eg.exceptions, eg.exceptions[0] is v)
    print(sys.getrefcount(v), sys.getrefcount(t), sys.getrefcount(eg), sys.getrefcount(eg.exceptions))
    print(sys.getsizeof(eg), sys.getsizeof(eg.exceptions), sys.getsizeof(v), gc.is_tracked(eg))
    one = ExceptionGroup("one", (v,))
    print(str(one), one.args[1] is one.exceptions, sys.getrefcount(v))
    bg = BaseExceptionGroup("base", [KeyboardInterrupt(), v])
    print(type(bg).__name__, sys.getsizeof(bg), str(bg))
    sel = BaseExceptionGroup("sel", [v, t])
    print(type(sel).__name__, isinstance(sel, Exception), isinstance(bg, Exception))
    nested = ExceptionGroup("outer", [eg, ExceptionGroup("inner", [KeyError("k")])])
    print(repr(nested), len(nested.exceptions))
    print(sys.getrefcount(eg), sys.getrefcount(v))
    attempt("no excs", lambda: ExceptionGroup("m"))
    attempt("three", lambda: ExceptionGroup("m", [v], 3))
    attempt("int msg", lambda: ExceptionGroup(1, [v]))
    attempt("bytes msg", lambda: ExceptionGroup(b"x", [v]))
    attempt("int excs", lambda: ExceptionGroup("m", 5))
    attempt("dict excs", lambda: ExceptionGroup("m", {1: 2}))
    attempt("empty", lambda: ExceptionGroup("m", []))
    attempt("not exc", lambda: ExceptionGroup("m", [v, 3]))
    attempt("base in eg", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
    attempt("kw", lambda: ExceptionGroup("m", [v], x=1))
    attempt("only kw", lambda: ExceptionGroup(msg="m", excs=[v]))
    attempt("set message", lambda: setattr(eg, "message", "x"))
    attempt("set exceptions", lambda: setattr(eg, "exceptions", ()))
    attempt("via __new__", lambda: ExceptionGroup.__new__(ExceptionGroup, "n", [v]))
    attempt("base __new__", lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "n", [v]))
    print(sys.getrefcount(v))
    x = ExceptionGroup("m", [ValueError(1)])
    x.__init__("other", 5)
    print(x.args, x.message, str(x))
    print(ExceptionGroup.__mro__)
    print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
    print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__, ExceptionGroup.__str__ is BaseExceptionGroup.__str__)
    print(BaseExceptionGroup.derive, BaseExceptionGroup.message, BaseExceptionGroup.exceptions)
    try:
        raise eg
    except ValueError:
        print("not a ValueError")
    except ExceptionGroup as caught:
        print("caught", caught is eg, caught.__traceback__.tb_lineno)
    del caught
    del eg, one, nested, sel, bg
    print(sys.getrefcount(v), sys.getrefcount(t), gc.collect())
