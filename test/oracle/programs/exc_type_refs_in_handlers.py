# The exception's class while handlers run: an instance holds its (heap) class, and on 3.8/3.10
# sys.exc_info's (type, value, tb) triple holds the type too — the evaluation stack as well in a
# 'finally' body and during __exit__; from 3.11 only the exception is kept.
import sys
class A(Exception):
    pass
print("base", sys.getrefcount(A))
try:
    raise A()
except A as e:
    print("as", sys.getrefcount(A))
try:
    raise A()
except A:
    print("bare", sys.getrefcount(A))
try:
    raise A()
except:
    print("catchall", sys.getrefcount(A))
def fin():
    try:
        raise A()
    finally:
        print("finally", sys.getrefcount(A))
try:
    fin()
except A:
    print("outer", sys.getrefcount(A))
    try:
        raise A()
    except A as inner:
        print("nested", sys.getrefcount(A))
    print("after nested", sys.getrefcount(A))
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", sys.getrefcount(A), t is A)
        return True
with CM():
    raise A()
print("after with", sys.getrefcount(A))
class CM2(CM):
    def __exit__(self, *args):
        print("exit2", sys.getrefcount(A))
        return False
try:
    with CM2():
        raise A()
except A:
    pass
print("end", sys.getrefcount(A))
try:
    try:
        raise A()
    finally:
        print("finally-caught", sys.getrefcount(A))
except A:
    pass
try:
    raise A()
except A:
    try:
        pass
    finally:
        print("finally-in-handler", sys.getrefcount(A))
def gen():
    try:
        yield 1
    except A:
        print("gen handler", sys.getrefcount(A))
        yield 2
g = gen()
next(g)
g.throw(A())
print("gen suspended in handler", sys.getrefcount(A))
del g
print("final", sys.getrefcount(A))
