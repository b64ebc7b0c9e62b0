# Searching and splitting: empty needles, negative and out-of-range start/end, maxsplit, every line boundary splitlines knows, partition's separator object
s = 'abcabc'
print([s.count('', a, b) for a, b in ((0, 6), (2, 4), (6, 9), (7, 9), (4, 2), (-2, 99))], s.find('', 6), s.find('', 7), s.rfind(''), s.rfind('', 2, 4))
print(s.find('c', -2), s.find('c', -100, -3), s.rfind('b', None, -2), s.index('bc', 2), s.rindex('a', 0, 4), '' in s, '' in '', 'ca' in s)
print(''.count(''), ''.find('', 1), 'aaaa'.count('aa'), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith(('x', 'bc'), 1))
text = '  one  two\tthree\u2003four\x1cfive\x85six  '
print(text.split(), text.split(None, 2), text.rsplit(None, 2), text.split(maxsplit=0), text.rsplit(maxsplit=0), 'a,,b,'.split(','), 'a,,b,'.rsplit(',', 1))
lines = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n'
print(lines.splitlines(), lines.splitlines(True), ''.splitlines(), '\n'.splitlines(True), 'x\r'.splitlines(keepends=True))
sep = ''.join(['-', '>'])
head, got, tail = 'a->b->c'.partition(sep)
print(head, got is sep, tail, 'a->b->c'.rpartition(sep), 'abc'.partition('x'), 'abc'.rpartition('x'))
for f in (lambda: 'abc'.split(''), lambda: 'abc'.partition(''), lambda: 'abc'.index('x'), lambda: 'abc'.rindex('x', 1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print('x\U0001f600y'.find('\ud83d'), '\ud83d' in 'x\U0001f600', 'x\U0001f600'.count('\ude00'), 'x\U0001f600'.split('\ude00'), '\ude00x'.replace('\ude00', '!'))
print('a\tb\tc'.expandtabs(), 'ab\tc\nd\te'.expandtabs(3), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(-1), '\u20ac\tx'.expandtabs(4))
print('42'.zfill(5), '-42'.zfill(5), '+'.zfill(3), ''.zfill(2), 'ab'.center(7, '\xe9'), 'ab'.center(6, '*'), 'abc'.center(6, '*'), 'x'.rjust(4, '\U0001f600'))
