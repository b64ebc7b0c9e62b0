# self inside a method: caller name + self local + arg = 3.
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(c.m())
