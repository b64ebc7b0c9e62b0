# an except* clause raising while the rest is re-raised (3.11+; a SyntaxError before): the uncaught group report with nested groups, notes, contexts inside members, a group without a traceback
def f():
    raise ValueError("leaf")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note one\nsecond line")
        raise ExceptionGroup("inner", [e, TypeError(2)])
try:
    g()
except ExceptionGroup as x:
    y = KeyError("k")
    y.add_note("kn")
    try:
        raise ExceptionGroup("outer", [x, y, OSError(3)])
    except* OSError:
        raise RuntimeError("boom")
