# int(), float() and complex() from text: underscores, whitespace, prefixes and the error messages.
def conv(kind, *args):
    try:
        return repr(kind(*args))
    except (ValueError, TypeError) as e:
        return f'{type(e).__name__}: {e}'

for s in ['1_000', ' 42\n', '-0b101', '0x_ff', '0o17', '00', '١٢٣', '1__0', '_1', '12a', '1e5', '']:
    print('int', repr(s), conv(int, s))
for s, b in [('ff', 16), ('0xff', 0), ('z', 36), ('010', 0), ('12', 2), ('11', 37)]:
    print('int', repr(s), b, conv(int, s, b))
print(conv(int, b' 13 '), conv(int, 3.99), conv(int, -3.99), conv(int, 5, 10), conv(int, None), conv(int, 1e20))
for s in ['1_000.5', ' .5 ', '5.', '1e-3', 'inf', '-Infinity', 'nAn', '1_e3', '1e400', '4.9e-324', '٣.٥', 'abc']:
    print('float', repr(s), conv(float, s))
print(conv(float, b'1.25'), conv(float, 10 ** 400), conv(float, None), conv(float, True))
for s in ['1+2j', '  ( 1-2J )  ', '1 + 2j', 'j', '-j', '1e3j', 'infj', '1+j', '(1+2j', '']:
    print('complex', repr(s), conv(complex, s))
print(conv(complex, '1', 2), conv(complex, 1, '2'), conv(complex, 1j, 1j), conv(complex, None))
