# A str stores 1, 2 or 4 bytes per character depending on its widest character (PEP 393).
import sys
samples = [
    ('ascii', 'a'),
    ('latin-1', '\xe9'),
    ('ucs-2', '\u0416'),
    ('ucs-4', '\U0001F40D'),
]
for kind, ch in samples:
    sizes = [sys.getsizeof(ch * n) for n in (0, 1, 2, 5, 20, 100)]
    print(kind, sizes)
mixed = 'abc' + '\u0416'
print(len(mixed), sys.getsizeof(mixed), sys.getsizeof(mixed[:3]))
print(sys.getsizeof('x' * 1000), sys.getsizeof('\xff' * 1000))
