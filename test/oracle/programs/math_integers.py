# math's integer functions: gcd, lcm, factorial, comb, perm, isqrt (exact, arbitrary precision)
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3), math.gcd(True, 10))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(21), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(100) % (10**9 + 7))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10**40 + 1), math.isqrt(True))
big = 10**30 + 7
print(math.comb(big, 2) == big * (big - 1) // 2, math.perm(big, 3) == big * (big - 1) * (big - 2))
print(math.isqrt(2**200) == 2**100, math.isqrt(2**201))
if hasattr(math, 'lcm'):
    print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10), math.gcd(), math.gcd(12, 18, 30), math.gcd(-7))
else:
    print('3.8: gcd takes two arguments')
