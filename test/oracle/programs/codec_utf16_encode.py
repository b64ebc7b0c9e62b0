# str.encode('utf-16'/'utf-32') (CPython's shortcut, native order with a byte order mark): bytes, sizes, counts
import sys
for s in ('a', 'hello', 'h\xe9llo', 'snow\u2603', 'emoji\U0001F600!', 'x' * 300, ''):
    for enc in ('utf-16', 'UTF16', 'utf_32', 'UTF-32'):
        b = s.encode(enc)
        print(enc, len(b), sys.getsizeof(b), b[:14], sys.getrefcount(b), b is s.encode(enc))
print(bytes('ab', 'utf-16'), bytearray('ab', 'utf-32'), len(bytearray('\U0001F600', 'utf-16')))
print(sys.getsizeof('abc'.encode('utf-16')) - sys.getsizeof('abc'.encode('utf-8')))
try:
    'a\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print(e)
