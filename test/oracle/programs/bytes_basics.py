# bytes: immutable sequences of small ints; getsizeof is 33 + len.
import sys
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(sys.getsizeof(b''), sys.getsizeof(b), sys.getsizeof(b * 20))
print(b + b' world', b * 2, b.upper(), b.replace(b'l', b'L'), b.split(b'l'))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), 'caf\xe9'.encode('utf-8'))
print(b'caf\xc3\xa9'.decode('utf-8'), len('caf\xe9'.encode('utf-8')), len('caf\xe9'.encode('latin-1')))
print(b'\x00\xff\n', repr(b"it's"), b'a' in b'abc', 98 in b'abc')
print(sys.getsizeof('abc'.encode()), b'ab' == b'ab', b'ab' < b'b')
