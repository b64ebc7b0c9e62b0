# random.seed of ints of every size (negative, huge), floats, bools, str and bytes (SHA-512 appended), None
import random
for s in (0, 1, -1, 7, 2**31, 2**32 - 1, 2**32, 2**32 + 1, -2**63, 2**64, 10**100, -(10**200), True, False):
    random.seed(s)
    print(s % 1000003, random.random(), random.getrandbits(40))
for s in (0.0, 1.5, -2.25, 1e300, float('inf')):
    random.seed(s)
    print(s, random.random())
for s in ('', 'a', 'hello world', 'héllo wörld ☃', 'x' * 300, b'', b'\x00\xff' * 70, b'seed'):
    random.seed(s)
    print(repr(s)[:24], random.random(), random.randrange(1000))
random.seed('abc', version=2)
a = random.random()
random.seed(b'abc')
print(a == random.random())
random.seed()
x = random.random()
random.seed(None)
print(0.0 <= x < 1.0, 0.0 <= random.random() < 1.0)
r1, r2 = random.Random(12345), random.Random(12345)
print([r1.random() == r2.random() for _ in range(3)])
r1.seed(-12345)
print(r1.random() == random.Random(12345).random())
