# format() calls type(x).__format__, but int/float/str/complex.__format__ can be called directly; what each returns for an empty spec, and their argument checks
five = chr(53)
print((5).__format__('') is five, format(5) is five, str(5) is five, f'{5}' is five, '{}'.format(5) is five, format(5, 'd') is five, '%d' % 5 is five)
class Num(int):
    def __str__(self):
        return 'Num.__str__'
    def __format__(self, spec):
        return 'Num.__format__(' + spec + ')'
class Real(float):
    def __str__(self):
        return 'Real.__str__'
n, r = Num(7), Real(2.5)
print(format(n), format(n, 'x'), f'{n}', f'{n:>3}', '{}'.format(n), '%s' % n, '%d' % n, '%x' % n)
print(int.__format__(n, ''), int.__format__(n, '>3'), float.__format__(r, ''), float.__format__(r, '.3f'), format(r, '8.2e'), f'{r}')
print(complex.__format__(1j, ''), (2 - 1j).__format__('.1f'), str.__format__('ab', '*^6'), object.__format__(n, ''), (True).__format__(''), (True).__format__('d'))
for f in (lambda: format(3, 5), lambda: format(3.5, None), lambda: (3).__format__(5), lambda: 'abc'.__format__(None),
          lambda: object.__format__(n, 'x'), lambda: format(None, 's'), lambda: format(b'ab', '>5'), lambda: format([], '10')):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
