# float.hex() and float.fromhex(): exact round trips, rounding half to even, subnormals and errors.
def show(s):
    try:
        x = float.fromhex(s)
        print(repr(s), '->', repr(x), x.hex())
    except (ValueError, OverflowError) as e:
        print(repr(s), '->', type(e).__name__, e)

for x in [1.0, 0.1, -2.5, 1 / 3, 5e-324, 1.7976931348623157e308, -0.0]:
    h = x.hex()
    print(h, float.fromhex(h) == x, x.as_integer_ratio())
for s in ['0x1.8p1', '  -0X.8p0\n', '0x1.fffffffffffff8p0', '0x1.00000000000018p0',
          '0x1p-1074', '0x1p-1075', '0x1.0000001p-1075', '0x3p-1076', 'inf', '-Infinity', 'nan',
          '1', 'ff', '0x1.fffffffffffff7ffp1023', '0x1.fffffffffffff8p1023', '0x1p-99999999999999999999',
          '0x', '0x1p', '0x1_0', '0x1.8p1 x', '']:
    show(s)

class Money(float):
    pass
m = Money.fromhex('0x1.4p3')
print(type(m).__name__, m, (2.0).fromhex('0x10'))
for bad in [b'0x1', 3]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print('TypeError', e)
print(float.__getformat__('double'), (1.5).is_integer(), (2.0).is_integer())
