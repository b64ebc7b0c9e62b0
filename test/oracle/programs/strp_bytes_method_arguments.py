# bytes and bytearray methods convert their arguments as CPython does: start/end clamp like slice indices, an int needle is a byte value, widths and counts are Py_ssize_t
b, ba = b'abcabc', bytearray(b'abcabc')
print(b.find(b'c', 2 ** 70), b.rfind(99, -2 ** 70, 2 ** 70), b.count(b'', 2, 4), b.index(98, 2), ba.rindex(b'a', None, -2), b.startswith(b'a', -2 ** 65))
print(b.endswith((b'x', bytearray(b'bc'))), ba.find(memoryview(b'ca')), 97 in b, b'' in ba, b.count(b'abc', -100), ba.find(b'', 6), ba.find(b'', 7))
print(b.center(9, b'*'), ba.ljust(8, bytearray(b'-')), b.zfill(8), b'-7'.zfill(4), b.split(b'b', 1), ba.rsplit(maxsplit=0), b'a\nb\r\nc'.splitlines(True))
print(b.replace(b'a', b'A', 1), b.hex(), b.hex(':'), ba.hex(b'-', -2), b'\x01\x02\x03'.hex(' ', 2), b.expandtabs(), b'a\tb'.expandtabs(3))
for f in (lambda: b.find(b'a', 1.5), lambda: b.find(1.5), lambda: b.find(256), lambda: b.find(-2 ** 70), lambda: b.index(b'z'),
          lambda: 2 ** 70 in b, lambda: 'a' in b, lambda: b.center(2 ** 70), lambda: b.center(5, None), lambda: b.center(5, b'ab'),
          lambda: b.split(b''), lambda: b.split(maxsplit=1.0), lambda: b'a\nb'.splitlines('x'), lambda: b.hex(None, b''),
          lambda: b.hex('--'), lambda: b.hex(5), lambda: b.startswith('a'), lambda: b.startswith((b'a', 'a')),
          lambda: ba.__mul__(), lambda: ba.__imul__(1, 2), lambda: b.__mul__(2 ** 70), lambda: b * 'x', lambda: b.zfill('3')):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
