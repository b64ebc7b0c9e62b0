# A property learns its attribute name (__set_name__, 3.10+): its AttributeErrors name it and the class's qualname
import sys
class Outer:
    class Inner:
        @property
        def ro(self):
            return 1
        wo = property(None, lambda self, v: None)
i = Outer.Inner()
try:
    i.ro = 5
except AttributeError as e:
    print("set:", e)
try:
    del i.ro
except AttributeError as e:
    print("del:", e)
try:
    i.wo
except AttributeError as e:
    print("get:", e)
def getx(self):
    return 3
class C:
    pass
C.x = property(getx)          # assigned after the class statement: no __set_name__
try:
    C().x = 1
except AttributeError as e:
    print("late:", e)
name = "".join(["zz", "top"])
before = sys.getrefcount(name)
class D:
    pass
D.zztop = property(getx)
if sys.version_info >= (3, 10):
    D.zztop.__set_name__(D, name)   # the property keeps a reference to its name
q = D.zztop.setter(lambda s, v: None)  # ... and so does its copy
print(sys.getrefcount(name) - before)
del q, D.zztop
print(sys.getrefcount(name) - before)
