# A closure keeps its captured object alive after the enclosing function returned and the caller's name is gone.
import sys
class Token:
    def __del__(self):
        print('token freed')
def make_reader(obj):
    def read():
        return obj
    return read
t = Token()
reader = make_reader(t)
print(sys.getrefcount(t))
del t
print('name deleted')
print(type(reader()).__name__)
del reader
print('reader deleted')
