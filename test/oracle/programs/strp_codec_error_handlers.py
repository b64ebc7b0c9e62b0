# Codec error handlers: what each one writes for unencodable characters and undecodable bytes (UTF-8, ASCII, Latin-1), and the errors
text = 'caf\xe9 \u20ac5 \U0001f600!'
for enc in ('ascii', 'latin-1'):
    for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, errors, text.encode(enc, errors))
data = b'ok \xff\xfe caf\xc3\xa9 \xe2\x82 end'
for errors in ('ignore', 'replace', 'backslashreplace', 'surrogateescape'):
    print(errors, ascii(data.decode('utf-8', errors)), ascii(data.decode('ascii', errors)))
# surrogateescape round-trips bytes that are not UTF-8; surrogatepass keeps lone surrogates
raw = b'name-\xe9\xff'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), s.encode('utf-8', 'surrogateescape') == raw, s.encode('latin-1', 'surrogateescape'))
lone = 'x\ud800y'
print(lone.encode('utf-8', 'surrogatepass'), ascii(b'x\xed\xa0\x80y'.decode('utf-8', 'surrogatepass')))
print(lone.encode('utf-8', 'replace'), lone.encode('utf-8', 'backslashreplace'), lone.encode('utf-8', 'xmlcharrefreplace'))
# an unknown handler is looked up only when an error happens
print('plain'.encode('ascii', 'no-such-handler'), b'plain'.decode('utf-8', 'no-such-handler'))
cases = [lambda: text.encode('ascii', 'no-such-handler'), lambda: data.decode('utf-8', 'xmlcharrefreplace'),
         lambda: 'a\udc80\xe9b'.encode('ascii', 'surrogateescape'), lambda: 'x\xe9'.encode('latin-1', 'surrogatepass').decode('ascii', 'surrogatepass'),
         lambda: text.encode('no-such-codec'), lambda: b'\xed\xa0\x80\xff'.decode('utf-8', 'surrogatepass')]
for f in cases:
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'start', ''), getattr(e, 'end', ''), e.args[2:4] if isinstance(e, UnicodeError) else '')
print(bytes('\xe9t\xe9', 'ascii', 'replace'), bytearray('\u20ac', 'latin-1', 'xmlcharrefreplace'), str(b'\xe9t\xe9', 'utf-8', 'replace'))
