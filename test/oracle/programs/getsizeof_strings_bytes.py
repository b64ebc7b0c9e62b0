# str: compact ASCII header 48 (+1 NUL); latin-1/UCS-2/UCS-4 compact header 72 in 3.11; bytes 33 + len.
import sys
for s in ['', 'a', 'abcdefghij', '\xe9', '\xe9' * 10, '\u20ac', '\u20ac' * 10, '\U0001f600', '\U0001f600' * 10]:
    print(len(s), sys.getsizeof(s))
for b in [b'', b'x', b'x' * 10]:
    print(len(b), sys.getsizeof(b))
