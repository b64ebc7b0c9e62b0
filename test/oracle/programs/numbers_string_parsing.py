# int(), float() and complex() parse text the same way: Unicode digits and whitespace count, underscores
# only between digits, bytes work for int()/float(); each has its own error (int's repr cut at 200 chars)
def parse(f, text):
    try:
        print(repr(f(text)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for text in ['  42\n', '\u0661\u0662\u0663', '\uff11\uff12', '\u3000 7 \u00a0', '5\ufeff', '\x1c5', '1_000', '1__000', '\u0663x']:
    parse(int, text)
parse(int, b' 0x1f ')
parse(int, b'ten')
parse(int, 'x' * 250)
for text in ['1_000.5', '_1.0', '1.0_', '1e_5', '1_e5', '1e1_0', '\u0661\u0662.\u0665', ' -Infinity ', 'nAn', 'infinit', '1.5\ufeff', '\u00851.5\u2003', '1e400']:
    parse(float, text)
parse(float, b' 2.5 ')
parse(float, b'2,5')
for text in ['1+2j', ' ( 1-2j ) ', 'j', '-J', '1e3', '1.5e-3-2.5E+2j', '1+j', '2j+1', '1 + 2j', '()', '1_0+2_0j', '1__0j', 'nan+infj', '\u0661+\u0662j']:
    parse(complex, text)

def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

attempt(lambda: int(None))
attempt(lambda: float([1.5]))
attempt(lambda: int(3 + 4j))
attempt(lambda: float(3 + 4j))
attempt(lambda: int(base=16))
attempt(lambda: complex('1+2j', 3))
attempt(lambda: complex(1, '2'))
attempt(lambda: complex(None))
attempt(lambda: complex(1, None))
