# round(): floats are rounded exactly (2.675 is really 2.67499999...), ints to tens, ties to even.
prices = [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1.15, 1.25, 123.456]
print([round(p, 2) for p in prices])
print([round(p) for p in prices], [type(round(p)).__name__ for p in prices[:2]])
print(round(123.456, -1), round(123.456, -2), round(1e300, -300), round(5e-324, 323), round(-0.4, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 3), round(True, 1))
print(type(round(True)).__name__, type(round(True, -1)).__name__, round(12345678901234567890, -5))
print((2.5).__round__(), (2.675).__round__(2), (17).__round__(-1), (17).__round__())
print(round(2.5, 10**30), round(2.5, -10**30), round(15, 10**30))
for f in [lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(1.5, 'x'),
          lambda: (5).__round__(None), lambda: (5).__round__(1, 2), lambda: round(1.7976931348623157e308, -308),
          lambda: round('7')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(round(float('nan'), 2), round(float('-inf'), 1), round(5, None), round(2.5, None))
class Price(float):
    def __round__(self, ndigits=None):
        return f'rounded({ndigits})'
print(round(Price(1.5)), round(Price(1.5), None), round(Price(1.5), 2))
