# Encoding names CPython recognises without the codec registry (utf8, UTF-8, latin1, ISO-8859-1, us-ascii, ...) and the temporary objects an error handler makes
import gc, sys
s = 'na\xefve \u2192 ok'
for name in ('utf-8', 'UTF8', 'utf_8', 'Utf-8 ', 'latin1', 'LATIN-1', 'iso-8859-1', 'ISO_8859_1', 'iso8859-1', 'ascii', 'US-ASCII'):
    try:
        print(repr(name), s.encode(name, 'backslashreplace'))
    except UnicodeEncodeError as e:
        print(repr(name), e)
for name in ('ut\x00f-8', 'utf-9'):
    try:
        s.encode(name)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
gc.collect()
before = gc.get_count()[0]
parts = [b'\xff\xfe' + str(i).encode() + b'\xed\xa0\x80' for i in range(60)]
decoded = [p.decode('utf-8', 'backslashreplace') for p in parts]
print(decoded[7], len(decoded), gc.get_count()[0] - before)
surr = [p.decode('utf-8', 'surrogatepass') for p in (b'\xed\xa0\x80x', b'a\xed\xbf\xbf')]
print([ascii(x) for x in surr], gc.get_count()[0] - before)
big = ('\xe9' * 600 + 'a').encode('ascii', 'ignore')
small = ('\xe9' * 6 + 'a').encode('ascii', 'ignore')
print(big, small, big is small, big == small, sys.getrefcount(big))
