# printf-style % formatting: flags, '*' widths, the mapping form, %r/%a/%c, and the errors for too many or too few arguments
print('[%5s|%-5s|%.2s|%5.1s]' % ('abc', 'abc', 'abc', 'abc'))
print('[%d|%+d|% d|%05d|%-5d|%.3d|%x|%#X|%#o|%08.3f|%+.1e|%g]' % (42, 42, 42, -42, 42, 7, 255, 255, 8, -3.14159, 12345.678, 1e-5))
print('[%*d|%-*d|%.*f|%*.*f]' % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print('[%*d]' % (-6, 42), '[%c%c%c]' % (72, 'i', 0x1f600), '[%5c|%-3c]' % ('x', 'y'), '[%%|%s]' % 'ok')
print('%r %a %s' % ('caf\xe9', 'caf\xe9', b'bytes'), '%r' % [1, 'two'], '%s' % (('tuple', 'in a tuple'),))
print('%(name)s is %(age)03d, %(name)r' % {'name': 'Ada', 'age': 36})
print('%s' % [1, 2], 'no conversions' % [], 'no conversions' % {'k': 'v'}, '%d%%' % 50.9, '%x' % True)
print('%5s|%-6r|%s' % (None, None, 3 + 4j), '%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%i %u' % (-3.9, 7))
for fmt, args in [('%s %s', ('one',)), ('%s', ('one', 'two')), ('', 5), ('%d', '5'), ('%x', 2.0), ('%c', 'ab'), ('%c', -1),
                  ('%(a)s', ('t',)), ('%(a', {'a': 1}), ('%y', 1), ('%', ()), ('%*d', ('5', 1)), ('%.*f', (1.5, 2.0)),
                  ('%d', 1 + 2j), ('%f', 'x'), ('%(a)s', {}), ('%s %(a)s', {'a': 1}), ('%(x)s %s', {'x': 1}), ('%\u20ac', 1), ('abc %-', ())]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
