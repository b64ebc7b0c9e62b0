# How str methods convert their arguments, per version: Py_ssize_t and int converters (3.8 refuses floats in its own words), slice indices that clamp, None in messages, repetition limits
cases = [lambda: 'abc'.center(5.0), lambda: 'abc'.zfill('3'), lambda: 'a b'.split(' ', 1.0), lambda: 'a\tb'.expandtabs(2.0),
         lambda: 'a\tb'.expandtabs('2'), lambda: 'a\nb'.splitlines('yes'), lambda: 'a\nb'.splitlines(2), lambda: 'abc'.replace('a', 'b', '1'),
         lambda: 'abc'.find('a', 2 ** 70), lambda: 'abc'.count('', -2 ** 70, 2 ** 70), lambda: 'abc'.find('c', 1.0), lambda: 'abc'.rfind(1, 'x'),
         lambda: 'abc'.startswith(('a', 1)), lambda: 'abc'.startswith(1), lambda: 'abc'.endswith('c', None, 2 ** 65),
         lambda: 'abc'.encode(None), lambda: 'abc'.encode('ascii', None), lambda: 'abc'.replace(None, 'x'), lambda: 'abc'.partition(None),
         lambda: 'abc'.split(1), lambda: 'abc'.strip(1), lambda: 'abc'.center(9, ''), lambda: 'abc'.center(9, 1), lambda: ''.join(5),
         lambda: ''.join(['a', 5]), lambda: str.maketrans(1, 'a'), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}),
         lambda: 'ab' * 2 ** 62, lambda: '' * 2 ** 62, lambda: 'ab' * 2 ** 70, lambda: 'ab' * -2 ** 70, lambda: 'ab' * 2.0,
         lambda: 'abc'[2 ** 70], lambda: 'abc'[2 ** 40], lambda: 'abc'['1'], lambda: 'x'.__mul__('y'), lambda: 'x'.__rmul__(3),
         lambda: 'x'.__add__(1), lambda: 'x'.__mod__(()), lambda: '%s'.__rmod__('x'), lambda: 'x'.__rmod__(1)]
for f in cases:
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
