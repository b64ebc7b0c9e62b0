# f-strings and % formatting with format specs: width, alignment, precision, sign, grouping, bases.
x = 3.14159
n = 1234567
name = 'Ada'
print(f'{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:^9.2f}|{x:+.0f}')
print(f'{n:,}|{n:_}|{n:>12,}|{n:e}|{n:.3e}')
print(f'{255:x}|{255:X}|{255:o}|{255:b}|{255:#x}|{5:08b}')
print(f'{name!r}|{name:>6}|{name:*<6}|{name:^7}|')
print(f'{0.5:%}|{0.256:.1%}|{-7:5d}|{7:+d}|{7:05d}')
print(f'x is {x}', f'{n // 1000}k', f'{{braces}}', f'{x!s:>10}')
print('%d items, %5.2f each, %s, %r' % (3, 2.5, 'text', 'text'))
print('%-6s|%6s|%x|%o|%e|%%' % ('ab', 'cd', 255, 8, 12345.678))
print('%(a)s and %(b)03d' % {'a': 'A', 'b': 7})
print(f'{1e10:g} {0.000012345:g} {123.0:g} {2 ** 70:,}')
