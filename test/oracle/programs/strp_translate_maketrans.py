# str.maketrans in its three forms and str.translate with strings, code points and None, a list as the table, and the errors
t1 = str.maketrans('abc', 'xyz')
t2 = str.maketrans('abc', 'xyz', 'd')
t3 = str.maketrans({'a': 'AA', 98: None, 'c': 0x20ac, 100: 'd'})
print(t1, t2, t3)
print('abcd'.translate(t1), 'abcd'.translate(t2), 'abcd'.translate(t3), 'xyz'.translate(t3))
print('\x00\x01ab'.translate(['Z', 'Y']), 'abc'.translate({}), 'aaa'.translate({97: ''}), 'caf\xe9'.translate({233: 'e'}), 'a\U0001f600'.translate({0x1f600: ':)'}))
print(str.maketrans('', '', ''), str.maketrans({}), str.maketrans({True: 'x'}), 'hello'.translate(str.maketrans('lo', 'LO', 'h')))
for f in (lambda: 'abc'.translate({97: -1}), lambda: 'abc'.translate({97: 0x110000}), lambda: 'abc'.translate({97: 1.5}),
          lambda: 'abc'.translate({97: b'x'}), lambda: 'abc'.translate(None), lambda: 'abc'.translate(5), lambda: str.maketrans('a'),
          lambda: str.maketrans({1.5: 1}), lambda: str.maketrans('a', 'b', 1), lambda: str.maketrans()):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
