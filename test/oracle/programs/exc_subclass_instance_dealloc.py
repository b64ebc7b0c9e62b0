# Instances of an Exception subclass hold their class once: creating and freeing one (directly,
# by raising and catching, through a function's traceback) leaves the class's count unchanged.
import sys
class A(Exception):
    pass
class B(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
print(sys.getrefcount(A), sys.getrefcount(B))
x = A()
print(sys.getrefcount(A))
del x
print(sys.getrefcount(A))
for i in range(3):
    try:
        raise A
    except A:
        pass
    try:
        raise B(i)
    except Exception as e:
        print(e.code, sys.getrefcount(B) - sys.getrefcount(A))
print(sys.getrefcount(A), sys.getrefcount(B))
def f():
    raise B(7)
try:
    f()
except B as e:
    print(e.args, e.code, sys.getrefcount(B))
print(sys.getrefcount(A), sys.getrefcount(B))
errors = [A(i) for i in range(5)]
print(sys.getrefcount(A))
errors.clear()
print(sys.getrefcount(A))
