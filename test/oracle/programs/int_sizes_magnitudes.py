# An int stores its magnitude in 30-bit digits: getsizeof grows by 4 bytes per digit; the sign is free.
import sys
values = [0, 1, 7, 255, 256, 2**30 - 1, 2**30, 2**31, 2**60 - 1, 2**60, 2**64, 10**18, 10**100]
for v in values:
    print(sys.getsizeof(v), sys.getsizeof(-v), v.bit_length())
print(sys.getsizeof(-5), sys.getsizeof(-2**30), sys.getsizeof(int('9' * 50)))
big = 1
for i in range(5):
    big *= 2**30
    print(sys.getsizeof(big), sys.getsizeof(big - 1))
