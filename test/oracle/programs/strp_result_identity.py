# When a str operation hands back the very object it was given (no copy) — strip/replace/center with nothing to do, s * 1, s[:], format() — and when it cannot
import sys
s = ''.join(['str', 'ing'])
print(s.strip() is s, s.lstrip('x') is s, s.replace('x', 'y') is s, s.replace('s', 's', 0) is s, s * 1 is s, s[:] is s, s[::1] is s)
print(str(s) is s, s.center(3) is s, s.ljust(6) is s, s.rjust(-1) is s, s.zfill(2) is s, s.expandtabs() is s, s.translate({}) is s)
new39 = sys.version_info >= (3, 9)
print(s.removeprefix('x') is s if new39 else True, s.removesuffix('') is s if new39 else True, s.partition('x')[0] is s, s.rpartition('x')[2] is s, s.split('x')[0] is s, s.splitlines()[0] is s)
print(format(s) is s, format(s, '<3') is s, s.__format__('') is s, f'{s}' is s, f'{s:6}' is s, '%s' % s is s, '%s' % (s,) is s, '%5s' % s is s)
print('{}'.format(s) is s, '{0!s}'.format(s) is s, '{:}'.format(s) is s, 'x{}'.format(s) is s, ''.join([s]) is s, ''.join((s, '')) is s)
print(s.lower() is s, s.upper().lower() is s, s.title().lower() is s, s.casefold() is s, s.swapcase().swapcase() is s, s.capitalize().lower() is s)
lit = 'no fields here'
print(lit.format() is lit, lit % () is lit, lit.format_map({}) is lit, (lit + '{}').format('') is lit)
before = sys.getrefcount(s)
kept = [s.strip(), s * 1, s[:], format(s), '%s' % s, str(s), s.center(0)]
print(sys.getrefcount(s) - before, len(kept))
class Text(str):
    pass
t = Text('text')
print([type(r).__name__ for r in (t.strip(), t * 1, t[:], str(t), t.center(2), format(t), format(t, '<2'), t.format(), '%s' % t, t % (), ''.join([t]), t.expandtabs())])
