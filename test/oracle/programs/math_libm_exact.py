# math's C-library functions where the result is exact whatever the library: special values, errors, exact powers
import math

print(math.exp(0), math.exp(-math.inf), math.exp(math.inf), math.exp(-1000), math.expm1(0.0), math.expm1(-50))
print(math.log(1), math.log(math.inf), math.log2(1024), math.log2(0.125), math.log2(2**2000), math.log2(2**2000 - 1), math.log2(True))
print(math.log10(1000), math.log10(1e22), math.log10(10**5), math.log1p(0.0), math.log1p(-0.0), math.log(1, 10), math.log(1.0, 2.5))
print(math.pow(2, 10), math.pow(3.0, 4), math.pow(-2, 3), math.pow(2, -3), math.pow(9, 0.5), math.pow(10, 0), math.pow(0, 5), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(math.nan, 0))
print(math.pow(2, 1023), math.pow(2, -1074), math.pow(-0.0, 3), math.pow(0.0, 0.5), math.pow(1.5, 2), math.pow(10, 22), math.pow(7, 18))
print(math.sin(0.0), math.sin(-0.0), math.cos(0), math.tan(-0.0), math.asin(0), math.acos(1), math.atan(0), math.atan(math.inf), math.atan(-math.inf))
print(math.atan2(0, 1), math.atan2(-0.0, 1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(-1, 0), math.atan2(math.inf, math.inf), math.atan2(math.inf, -math.inf))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(50), math.tanh(-math.inf), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.erf(0), math.erf(10), math.erf(-math.inf), math.erfc(0), math.erfc(-10), math.erfc(30), math.erfc(math.inf))
print(math.gamma(1), math.gamma(5), math.gamma(23), math.gamma(-250.5), math.lgamma(1), math.lgamma(2), math.lgamma(math.inf), math.gamma(math.inf))
print(math.sqrt(math.inf), math.exp(math.nan), math.sin(math.nan), math.log(math.nan), math.pow(math.nan, 1))
if hasattr(math, 'cbrt'):
    print(math.cbrt(0.0), math.cbrt(-math.inf), math.exp2(10), math.exp2(-1074), math.exp2(0.0), math.exp2(-math.inf))
else:
    print('no cbrt/exp2 before 3.11')
