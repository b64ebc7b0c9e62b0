# int.to_bytes / int.from_bytes: byte order, sign, and the defaults 3.11 added.
import sys
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-2).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xfe\xff', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)
print((5).to_bytes(2, 'big', signed=[1]), (0).to_bytes(0, 'big'), (-1).to_bytes(0, 'big', signed=True))
try:
    print((1024).to_bytes(), (65).to_bytes(), int.from_bytes(b'\x01\x00'))
except TypeError as e:
    print('TypeError', e)
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(-1, 'big'),
          lambda: (1).to_bytes(1, 'middle'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1.5, 'big'), lambda: (1).to_bytes(1, byteorder=5),
          lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes([256], 'big')]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((255).bit_length(), (-256).bit_length(), (7).as_integer_ratio(), (-3).conjugate())
if sys.version_info >= (3, 10):
    print((255).bit_count(), (-7).bit_count())
if sys.version_info >= (3, 12):
    print((5).is_integer())
