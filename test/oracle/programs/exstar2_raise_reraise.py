# except* (3.11+; a SyntaxError before): what a clause raises joins a new ExceptionGroup('', [raised..., rest]) whose args hold the list, a bare raise re-raises its part in the original nesting, a naked exception is wrapped in ExceptionGroup('', (exc,)) and re-raised as itself when unmatched; contexts, causes and tracebacks
import sys


def show(label, e):
    print(label, repr(e), type(e).__name__)


def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")


try:
    f()
except BaseExceptionGroup as g:
    show("f", g)
    print(g.args, type(g.args[1]).__name__, sys.getrefcount(g.args[1]))
    print([type(x).__name__ for x in g.exceptions])
    print(repr(g.exceptions[0].__context__), g.exceptions[0].__context__.__traceback__ is not None)
    print(g.__traceback__.tb_lineno, g.__traceback__.tb_next)
    print(g.exceptions[0].__traceback__.tb_lineno, g.exceptions[1].__traceback__.tb_lineno)


def h():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


try:
    h()
except ExceptionGroup as g:
    show("h", g)
    print(g.__traceback__.tb_lineno, g.__traceback__.tb_next.tb_lineno)

orig = ExceptionGroup("keep", [ValueError(1), ExceptionGroup("sub", [TypeError(2), KeyError(3)])])


def partial():
    try:
        raise orig
    except* TypeError:
        raise
    except* KeyError:
        pass


try:
    partial()
except ExceptionGroup as g:
    show("partial", g)
    print(g is orig, g.exceptions[0] is orig.exceptions[0], g.exceptions[1] is orig.exceptions[1])


def whole():
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise


try:
    whole()
except ExceptionGroup as g:
    print("whole", g is orig, sys.getrefcount(g))


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(repr(e), sys.getrefcount(e), e.__traceback__, e.exceptions[0].__traceback__.tb_lineno)
        print(e.args[1] is e.exceptions, sys.exception() is e)


naked()

try:
    try:
        raise ValueError("x")
    except* TypeError:
        print("no")
except ValueError as e:
    show("unmatched", e)


def naked_raise_new():
    try:
        raise ValueError("n")
    except* ValueError:
        raise TypeError("instead")


try:
    naked_raise_new()
except TypeError as e:
    show("naked new", e)
    print(repr(e.__context__), repr(e.__context__.exceptions[0]))


def multi():
    try:
        raise ExceptionGroup("m", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        raise RuntimeError("r1") from e
    except* TypeError:
        raise OSError("r2")
    except* KeyError:
        pass


try:
    multi()
except ExceptionGroup as g:
    print(repr(g), [repr(x.__cause__) for x in g.exceptions], [repr(x.__context__) for x in g.exceptions])
    print(g.__context__, g.__cause__, g.__traceback__.tb_lineno, g.__suppress_context__)


def explicit():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        raise e


try:
    explicit()
except ExceptionGroup as g:
    show("explicit", g)
    print(repr(g.exceptions[0]), g.exceptions[0].__traceback__.tb_lineno)
print(sys.exception())
