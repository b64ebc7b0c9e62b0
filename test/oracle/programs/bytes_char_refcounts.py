# the shared 1-byte bytes objects: literals, encode, slices and indexing share them (3.8: the cache's own reference counts)
import sys
if sys.version_info[:2] in ((3, 10), (3, 11)):
    print('3.10/3.11: the parser keeps each 1-char token as one of these (program-dependent)')
else:
    print(sys.getrefcount(b'q'))
    x = b'q'
    q = b'q'
    print(sys.getrefcount(x), x is q)
    y = 'z'.encode()
    print(sys.getrefcount(y), y is 'z'.encode('ascii'))
    z = b'hello'[1:2]
    print(sys.getrefcount(z), z is 'e'.encode('latin-1'))
    w = bytes(1)
    nul = b'\x00'
    print(sys.getrefcount(w), w is nul)
    v = b'abc'[0:1]
    print(sys.getrefcount(v))
    u = '0'.encode(); t = '1'.encode(); s = '_'.encode()
    print(sys.getrefcount(u), sys.getrefcount(t), sys.getrefcount(s))
    del x, y
    print(sys.getrefcount(b'q'), sys.getrefcount(z))
