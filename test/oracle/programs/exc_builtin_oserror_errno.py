# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the errno -> subclass map, the errno/strerror/filename members, args trimmed to (errno, strerror) when a filename is given, str/repr, refcounts.
import sys
for a in [(2,'x'),(2,'x','f'),(2,'x','f',5),(2,'x','f',5,'g'),(2,'x',None),(2,'x',None,None,'g'),(99,'y'),(True,'p'),(2.0,'x'),('a','b'),(2,'x','f',5,'g',6),(11,'x','f'),(2,'x','f',5,None),(10**30,'big'),(-2,'neg'),(False,'f')]:
    e=OSError(*a); print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e), sys.getrefcount(e.args), sys.getsizeof(e))
e=FileNotFoundError(13,'x'); print(type(e).__name__, e.errno, str(e))
e=IOError(32,'pipe'); print(type(e).__name__, isinstance(e, ConnectionError))
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as ex:
    print('caught', repr(ex), str(ex), ex.filename, sys.getrefcount(ex), sys.getrefcount(ex.filename))
fn = 'data' + str(len(sys.argv))
e = OSError(13, 'denied', fn)
print(sys.getrefcount(fn), type(e).__name__)
del e
print(sys.getrefcount(fn))
for n in range(0, 120):
    t = type(OSError(n, 's'))
    if t is not OSError:
        print(n, t.__name__)
for cls in (FileExistsError, TimeoutError, ConnectionError):
    e = cls(5, 'msg', 'path')
    print(type(e).__name__, e.args, e.errno, str(e), sys.getrefcount(e.args))
msg = 'why' + str(len(sys.argv))
e = OSError(1, msg)
print(sys.getrefcount(msg), e.strerror is msg)
e.errno = 7
e.strerror = None
print(str(e), repr(e), e.args)
del e
print(sys.getrefcount(msg))
