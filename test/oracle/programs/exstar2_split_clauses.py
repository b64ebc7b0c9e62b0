# except* (3.11+; a SyntaxError before): clauses split the group in order, the match is the exception handled and bound to the name, the rest re-raised keeps the original's traceback; refcounts of the group and leaves inside and after each clause
import sys, gc


def show(label, e):
    print(label, repr(e), type(e).__name__)


v1 = ValueError(1)
t1 = TypeError(2)
k1 = KeyError(3)
inner = ExceptionGroup("inner", [t1, k1])
eg = ExceptionGroup("outer", [v1, inner])
print(sys.getrefcount(v1), sys.getrefcount(t1), sys.getrefcount(eg))
try:
    try:
        raise eg
    except* ValueError as m:
        show("V", m)
        print(m is eg, sys.getrefcount(m), sys.getrefcount(v1), sys.exception() is m)
        print(m.__traceback__ is eg.__traceback__, m.__context__, m.__cause__, sys.getsizeof(m))
    except* TypeError as m2:
        show("T", m2)
        print(sys.getrefcount(t1), sys.getrefcount(eg), sys.getrefcount(m2))
    except* OSError:
        print("no OSError")
    print("unreached")
except ExceptionGroup as rest:
    show("rest", rest)
    print(rest.exceptions[0] is not inner, rest.exceptions[0].exceptions[0] is k1, rest.__traceback__ is eg.__traceback__)
    print(sys.getrefcount(k1), sys.getrefcount(eg), sys.getrefcount(rest))
    r = rest
print(sys.getrefcount(v1), sys.getrefcount(t1), sys.getrefcount(k1), sys.getrefcount(r))
del r
print(sys.getrefcount(v1), sys.getrefcount(t1), sys.getrefcount(k1), sys.getrefcount(eg))

try:
    raise ExceptionGroup("all", [ValueError(1), TypeError(2)])
except* ValueError:
    print("v", repr(sys.exception()))
except* TypeError:
    print("t", repr(sys.exception()))
else:
    print("else not run")
finally:
    print("finally", sys.exception())

try:
    x = 1
except* ValueError:
    print("no")
else:
    print("else", x)
finally:
    print("fin2")

try:
    raise ExceptionGroup("t", [ValueError(1), TypeError(2), KeyError(3)])
except* (ValueError, TypeError) as e:
    show("tuple", e)
except* KeyError as e:
    show("key", e)

try:
    raise ExceptionGroup("o", [ValueError(1), TypeError(2)])
except* ValueError as a:
    try:
        raise ExceptionGroup("i", [KeyError(5)])
    except* KeyError as b:
        print("inner", repr(b), repr(sys.exception()), repr(b.__context__))
    print("outer again", repr(sys.exception()))
except* TypeError as t:
    print("t", repr(t))
print(sys.exception())

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
