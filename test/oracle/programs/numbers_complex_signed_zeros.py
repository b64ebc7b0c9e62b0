# complex(re, im) only combines the parts of complex arguments, so signed zeros survive; the constant -0j
# is not merged with 0j; pow() with a modulus refuses complex operands with ValueError
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0), complex(1 + 2j, -0.0), complex(1 + 2j, 3 + 4j))
z = 3 + 4j
print(complex(z) is z, complex(real=1, imag=2), complex(True, False))
print(-0j, 0j, -(0j), -(1 + 0j), 0 - 0j)
zero = 0j
print(-zero, [-0j, 0j], (-0.0, 0.0))
for args in [(1j, 2, 3), (2, 1j, 3), (2.0, 1j, 3), (1j, 2.5, 7), (2.0, 2, 5), (2, 2, 5.0), (1j, 'x', 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
