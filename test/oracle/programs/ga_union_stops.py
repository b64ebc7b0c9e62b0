# `|` between classes on 3.8 (TypeError) and what it is not when an operand is not a class
import sys

try:
    print(int | 3)
except TypeError as e:
    print('TypeError:', e)
try:
    print({1: 2} | 3)
except TypeError as e:
    print('TypeError:', e)
if sys.version_info < (3, 10):
    try:
        print(int | None)
    except TypeError as e:
        print('TypeError:', e)
print({1: 2} | {3: 4} if sys.version_info >= (3, 9) else 'no dict |')
