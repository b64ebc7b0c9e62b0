# Traceback objects: walking tb_next, tb_lineno and tb_frame, sys.exc_info(), setting tb_next (and its checks), and re-raising with a shortened traceback.
import sys

def f():
    return 1 / 0

def g():
    x = 5
    return f() + x

try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno)
        tb = tb.tb_next
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__, type(tb2).__name__)
    first = e.__traceback__
    for bad in (5, "x"):
        try:
            first.tb_next = bad
        except TypeError as err:
            print("TypeError:", err)
    try:
        first.tb_next.tb_next = first
    except ValueError as err:
        print("ValueError:", err)
    try:
        del first.tb_next
    except TypeError as err:
        print("TypeError:", err)
    try:
        first.tb_lineno = 3
    except AttributeError as err:
        print("AttributeError")

try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    tb.tb_next = None
    raise e.with_traceback(tb)
