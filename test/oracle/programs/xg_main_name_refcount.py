# __main__'s __name__ is also held by the module's md_name and sys.modules' key; 3.13 makes it immortal
import sys
n = __name__
print(sys.getrefcount(n))
class C:
    pass
print(sys.getrefcount(n), C.__module__ is n)
def f():
    return __name__
names = [f() for _ in range(3)]
print(sys.getrefcount(n))
del names
if __name__ == '__main__':
    print('main', sys.getrefcount(n))
print(sys.getrefcount(C.__module__))
del C
print(sys.getrefcount(n))
