# The int max str digits limit (3.8.14+, 3.10.7+, 3.11): decimal str()/int() of huge ints refused.
import sys
big = 10 ** 5000
print(sys.get_int_max_str_digits(), len(str(10 ** 4299)), hex(big)[:6], int('1' * 5000, 16) % 7)
for f in [lambda: str(big), lambda: repr(-big), lambda: '%d' % big, lambda: f'{big:,}',
          lambda: int('1' * 4301), lambda: int('  ' + '2' * 4301 + ' '), lambda: int('3' * 4301, 7)]:
    try:
        print(len(f()))
    except ValueError as e:
        print(e)
print(int('1_' * 3000 + '1') % 7, len(str(-10 ** 4299)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
for f in [lambda: str(10 ** 640), lambda: int('1' * 641), lambda: sys.set_int_max_str_digits(639),
          lambda: sys.set_int_max_str_digits(-1), lambda: sys.set_int_max_str_digits('x'),
          lambda: sys.set_int_max_str_digits(2 ** 40), lambda: sys.set_int_max_str_digits()]:
    try:
        print(len(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
