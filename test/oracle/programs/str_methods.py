# Common str methods return new strings (str is immutable).
text = '  Hello, World  '
s = text.strip()
print(repr(s), repr(text.lstrip()), repr(text.rstrip()))
print(s.upper(), s.lower(), s.title(), s.swapcase())
print(s.split(', '), 'a,b,,c'.split(','), ' x  y '.split(), 'a-b-c'.split('-', 1))
print('+'.join(['1', '2', '3']), ''.join(reversed('abc')))
print(s.replace('l', 'L'), s.replace('l', '', 1))
print(s.find('o'), s.find('o', 5), s.find('z'), s.rfind('o'), s.index('W'))
print(s.startswith('Hell'), s.endswith('!'), s.count('l'))
print('{} + {} = {}'.format(1, 2, 3), '{0}{1}{0}'.format('ab', 'cd'), '{name}!'.format(name='hi'))
print('42'.zfill(5), 'ab'.center(6, '*'), 'x'.ljust(3, '.') + '|', 'abc'.isalpha(), '123'.isdigit())
print(s.partition(', '), 'a\nb\n'.splitlines(), s[0].isupper())
print(text is s, s.strip() == s)
