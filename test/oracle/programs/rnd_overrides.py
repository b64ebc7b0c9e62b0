# subclasses of random.Random overriding random(), getrandbits(), seed() or _randbelow: the Python code calls the overrides
import random, sys
class Fixed(random.Random):
    def random(self):
        return 0.25
f = Fixed(1)
print(f.uniform(0, 8), f.choice('abcdefgh'), f.randrange(100), f.randint(1, 4), f.choices('xyz', k=3))
L = list(range(8)); f.shuffle(L); print(L)
print(f.sample(range(20), 3), f.triangular(0, 1))
class Counter(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
c = Counter(7)
print(c.randrange(1000), c.choice([1, 2, 3]), c.calls, c.random())
print(c.sample(range(100), 4), c.calls)
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print('seeding with', a)
        super().seed(a, version)
s = Seeded(3)
print(s.random())
class Below(random.Random):
    def _randbelow(self, n):
        return n - 1
b = Below(0)
print(b.choice('abc'), b.randrange(10), b.randint(5, 9))
inst = random.Random(2)
inst.random = lambda: 0.5
print(inst.uniform(0, 10), inst.randrange(10))
