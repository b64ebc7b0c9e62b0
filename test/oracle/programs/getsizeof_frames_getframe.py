# Frame objects: sys._getframe() and their sizes (3.8/3.10 frames hold the value stack and locals; 3.11+ frame objects are made on demand).
import sys
def f():
    return sys.getsizeof(sys._getframe())
def g(a, b=2, *args):
    c = [a, b]
    fr = sys._getframe()
    return sys.getsizeof(fr), fr.f_lineno, fr.f_code.co_name, fr.f_back.f_code.co_name
def h():
    return g(1)
print(sys.getsizeof(f), f())
print(h())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
def deep():
    return sys._getframe(1).f_code.co_name
def caller():
    return deep()
print(caller())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def keep():
    x = [1, 2]
    return sys._getframe()
fr = keep()
print(sys.getrefcount(fr), fr.f_lineno)
