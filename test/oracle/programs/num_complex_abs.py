# Complex numbers: abs() is the C library's hypot, integer powers are repeated products.
import sys
z = 3 + 4j
print(z, abs(z), abs(1 + 1j), abs(0.1 + 0.2j), abs(1e-320 + 1e-320j), abs(3e300 + 4e300j))
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(-0.0j))
print(z * z, z / 2, z / (1 + 2j), z ** 2, z ** -2, (1 + 1j) ** 3, 2j ** 2, z ** 0)
print(z.real, z.imag, z.conjugate(), -z, z == 3 + 4j, (1 + 2j) ** 1.0, sys.getsizeof(z))
w = (-8.0) ** (1 / 3)
r = (1 + 2j) ** 0.5
print(type(w).__name__, type(r).__name__, sys.getsizeof(r))
for f in [lambda: abs(1e308 + 1e308j), lambda: (1e200 + 1e200j) ** 2, lambda: 0j ** -1,
          lambda: (1 + 1j) / 0, lambda: 0j ** 1j, lambda: 1j < 2j, lambda: int(1j), lambda: pow(1j, 2, 3)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex('1+2j'), complex(' (3-4J) '), complex('1_0j'), complex(1.5, -0.0), complex(True))
