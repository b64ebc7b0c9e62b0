# pow() with a modulus: modular inverses for negative exponents (3.8+), and the errors.
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, -1, 7), pow(2, -3, 11), pow(38, -1, 97), pow(4, 3, -5))
print(pow(5, 0, 1), pow(2, -1, 1), pow(10**30, -1, 10**9 + 7), pow(7, 10**20, 13))
print((7).__pow__(2, 5), (3).__pow__(-1, 7), (2).__rpow__(3, 5), (2.0).__pow__(3), (7).__pow__(2, None))
print(2 ** -2, 10 ** -3, (-2) ** -3, 3 ** -1, 2.0 ** -1074, 0.5 ** 1074, 2.0 ** -1073, 3.0 ** -680)
for f in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3, 5.0),
          lambda: (2.0).__pow__(3, 5), lambda: (1j).__pow__(2, 3), lambda: pow(0, -1), lambda: 0 ** -1,
          lambda: pow(2, 1, 'x'), lambda: (7).__pow__(2, 'x'), lambda: (7).__pow__()]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(divmod(7, -2), divmod(-7.5, 2), divmod(-0.0, 1.0), divmod(10**20, 7), (7.0).__rdivmod__(2))
