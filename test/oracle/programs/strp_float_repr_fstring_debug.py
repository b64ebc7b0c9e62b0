# Float repr is the shortest string that reads back; str(), format() and %r agree; f-string '=' shows the expression text with repr by default
vals = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-4, 1e-5, 2.0 ** 60, 9007199254740993.0, 5e-324,
        1.7976931348623157e308, 4.35, 100.0, -0.0, 1e22, 1e23, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v) == repr(v), format(v, '') == repr(v), '%r' % v == repr(v), f'{v}' == repr(v), format(v, '.17g'), '%.12g' % v)
for c in (1 + 2j, -1.5 - 0j, 1e16j, complex(-0.0, 0.0), complex(0.1, -1e-5)):
    print(repr(c), str(c), format(c, ''), format(c, '.3'))
x, name, items = 3.14159, 'caf\xe9', [1, 'two']
print(f'{x=}', f'{x = }', f'{x=:.2f}', f'{x=!s}', f'{name=}', f'{name=!s:>6}', f'{items=}', f'{x*2=}', f'{len(name)=}')
print(f'{"quoted"=}', f'{ x = !r:^12}|', f'{name!a}', f'{x:{len(name)}.{2}}', f'{x!r:>{6 + 4}}')
