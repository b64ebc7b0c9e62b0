# Python ints are arbitrary precision; // and % round toward negative infinity.
a = 2 ** 100
print(a, a + 1, a * a)
print(3 ** 40, -(3 ** 40), 7 ** 0, 0 ** 0)
print(a // 3, a % 3, divmod(a, 7))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2))
print(pow(3, 100, 7), abs(-12345678901234567890))
print(1 << 70, (1 << 70) >> 69, 0xFF & 0x0F, 6 | 9, 6 ^ 3, ~5)
n = 1
for i in range(1, 26):
    n *= i
print(n, len(str(n)))
print(int('123456789012345678901234567890') + 1, int('-42'), int('ff', 16), int(' 17 '))
print(10 ** 20 // 10 ** 10, 10 ** 20 / 10 ** 10, 2 ** 64 - 1)
print(max(2**70, 2**69 * 3), min(-2**70, 5), sum([2**62] * 4))
print(True + True, 5 * False, -True)
