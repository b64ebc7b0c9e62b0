# except* (3.11+; a SyntaxError before): a match group kept past its clause holds the leaves, frames and traceback; gc.collect() and __del__ after dropping it, else/finally order, errors raised in else, exceptions raised by several clauses
import sys, gc
class Node:
    def __del__(self):
        print("del Node", self.name)
    def __init__(self, name):
        self.name = name

def work(n):
    node = Node(n)
    raise ExceptionGroup("w", [ValueError(node), TypeError(n)])

def run():
    try:
        work("a")
    except* ValueError as eg:
        print("in V", sys.getrefcount(eg), len(gc.get_referrers(eg)) >= 0)
        held = eg
    except* TypeError as tg:
        print("in T", sys.getrefcount(tg))
    print("after", sys.getrefcount(held))
    return held

h = run()
print(type(h).__name__, sys.getrefcount(h))
del h
print("collected", gc.collect())

# exception in type expression
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError", e, type(e.__context__).__name__)

# raise from inside clause, several clauses raising
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
    print(g.__context__, g.__cause__, g.__traceback__.tb_lineno)

# finally ordering and else
def fin(flag):
    try:
        if flag:
            raise ExceptionGroup("f", [ValueError(1)])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")
    return "ret"
print(fin(True), fin(False))

# raise in else propagates; not caught by own handlers
try:
    try:
        pass
    except* ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("else raised", e)

# nested except* inside except* body
try:
    raise ExceptionGroup("o", [ValueError(1), TypeError(2)])
except* ValueError as a:
    try:
        raise ExceptionGroup("i", [KeyError(5)])
    except* KeyError as b:
        print("inner", repr(b), repr(sys.exception()))
    print("outer again", repr(sys.exception()))
except* TypeError as t:
    print("t", repr(t))
print(sys.exception())

# loop with except* and counts
vals = []
for i in range(3):
    try:
        raise ExceptionGroup("l", [ValueError(i), TypeError(i)])
    except* ValueError as e:
        vals.append(e)
    except* TypeError:
        pass
print(vals, [sys.getrefcount(v) for v in vals])
print(gc.collect())
