# The format-spec mini-language on numbers: fill and alignment ('=' pads after the sign), sign, '#', zero padding that takes part in grouping, ',' and '_', and every presentation type
n, x = 1234567, -2.5
for spec in ('*^14', '=+14', '014,', '0=14_', '+#x', '#010b', '_o', '_X', ',d', ' d', 'c', '<8n', '14,.2f', '+.3e', '.2%', '.3g', '#.0f', '09.3', '>12', ''):
    try:
        print(repr(spec), format(n, spec), format(x, spec) if 'c' not in spec and 'x' not in spec.lower() and 'b' not in spec and 'o' not in spec else '-')
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(1234, '08,'), format(-1234, '09_'), format(1234, '0=9,'), format(12, '0<6'), format(12, 'x>6'))
print(format(float('inf'), '010'), format(float('nan'), '+8'), format(float('-inf'), '=+9'), format(-0.0, '+'))
print(format(0.1, '.17g'), format(2.675, '.2f'), format(1e16, ''), format(1e16, '.17'), format(123456.789, '.3'))
print(format(5e-324, '.3e'), format(1.5e300, ',.0f')[:24], format(2 ** 70, '_x'), format(-(2 ** 70), '#_b')[:25])
print(format(True, '^7'), format(True, 'x'), format(False, '.1f'), format(3, '.1%'), format(2 ** 53 + 1, 'e'))
print(format(1 + 2j, ''), format(1 + 2j, '>12'), format(-0.0 - 2j, ''), format(1.5j, '.2f'), format(1e20 + 1j, 'g'), format(1 + 2j, '^+16.1e'))
print(format('abc', '>6'), format('abc', '.2'), format('é€😀', '*^9.2'), format('abc', '\u2605<5'))
print('{:\u0663}|{:.\u0662f}|{:\u0661\u0660}'.format('x', 3.14159, 7))
