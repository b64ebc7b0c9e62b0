# float floor division and modulo with inf/nan operands give nan (not 0.0); round(x, n) is correctly
# rounded with ties to even for any n (huge n clamps; too-large results overflow); float.hex() keeps 13 digits
inf, nan = float('inf'), float('nan')
for a, b in [(inf, 3), (-inf, 3), (inf, -3), (3, inf), (-3, inf), (nan, 2), (2, nan), (inf, inf), (-0.0, 3), (5, -0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for x in [2.675, 0.125, -0.125, 1.005, 123456789.125, 1.2345678901234567e-20, 5e-324, 1.5e300]:
    print(x, [round(x, n) for n in (0, 1, 2, 3, 10, 25, 30, -1, -2, -5, -300)])
print(round(2.5, 10**30), round(2.5, -10**30), round(-2.5, -10**30), round(5e-324, 323), round(5e-324, 324))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print('OverflowError', e)
for x in [1.0, 0.5, -2.0, 3.0, 0.1, 1e100, 5e-324, -0.0, 1024.0]:
    print(x.hex())
