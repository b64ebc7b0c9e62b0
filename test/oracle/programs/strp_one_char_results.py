# One-character results: CPython shares one object per Latin-1 character, but only the code paths that end in unicode_result use it; sizes per string kind
import sys
a, e = chr(97), chr(233)
shared = [x is a for x in ('ab'[0], 'ba'[1:], ' a '.strip(), 'a,b'.split(',')[0], 'a\nb'.splitlines()[0], 'ab'.replace('b', '')[:1],
                           b'a'.decode(), '%s' % a, '{}'.format(a), f'{a}', str(a), a.translate({}), format(97, 'c'), chr(97))]
fresh = [x is a for x in ('ba'[::-1][0:1], 'ab'[::2], ''.join(['a', '']), f'{a}{""}', 'A'.lower(), 'b'.replace('b', 'a'), 'ab'.replace('b', ''))]
print(shared)
print(fresh)
print([x is e for x in ('\xe9x'[0], '\xe9x'[::2], ''.join([e, '']), '\xc9'.lower(), b'\xc3\xa9'.decode(), 'x\xe9'.strip('x'))])
for s in ('abc', 'caf\xe9', 'x\u20acy', 'x\U0001f600y', 'a', '\xe9', '\u20ac', '\U0001f600'):
    print(ascii(s), sys.getsizeof(s), sys.getsizeof(s * 3), sys.getsizeof(s[::-1]), sys.getsizeof(s.upper()), sys.getsizeof(''.join([s, ''])), sys.getsizeof(s + s))
print(sys.getsizeof('\xe9'), sys.getsizeof('\xe9x'[::2]), sys.getsizeof(''.join(['\xe9', ''])), sys.getsizeof('\xe9x'[0]))
