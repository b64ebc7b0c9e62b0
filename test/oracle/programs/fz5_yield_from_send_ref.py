# A value sent into a generator delegating with `yield from` to another generator:
# 3.8-3.11 keep the popped value alive in the delegating frame while the delegate runs
# (YIELD_FROM/SEND Py_DECREF after _PyGen_Send); 3.12+ SEND_GEN moves it.
import sys
def inner():
    v = yield "a"
    print("inner", sys.getrefcount(v))
    w = yield "b"
    print("inner2", sys.getrefcount(w))
    return [v, w]
def outer():
    res = yield from inner()
    print("res", sys.getrefcount(res), sys.getrefcount(res[0]))
    yield len(res)
o = outer()
print(next(o))
obj = object()
print(o.send(obj))
print(sys.getrefcount(obj))
obj2 = object()
print(o.send(obj2))
print(sys.getrefcount(obj), sys.getrefcount(obj2))
o.close()
print(sys.getrefcount(obj), sys.getrefcount(obj2))
