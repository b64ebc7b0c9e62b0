# a class over random.Random: its own methods, __init__ calling super().__init__, and the _randbelow Random.__init_subclass__ picks for it
import random, sys
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(5)
print([d.roll() for _ in range(10)], d.choice('abc'), d.random())
print(type(d).__name__, isinstance(d, random.Random), sys.getsizeof(d), vars(d), '_randbelow' in vars(Dice))
class Coin(random.Random):
    def __init__(self, seed, bias):
        super().__init__(seed)
        self.bias = bias
    def flip(self):
        return 'H' if self.random() < self.bias else 'T'
c = Coin(3, 0.7)
print(''.join(c.flip() for _ in range(20)), sorted(vars(c)))
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
print('_randbelow' in vars(Bits), Bits._randbelow is random.Random._randbelow_with_getrandbits)
class Fixed(random.Random):
    def random(self):
        return 0.25
print('_randbelow' in vars(Fixed), Fixed._randbelow is random.Random._randbelow_without_getrandbits)
f = Fixed(1)
print(f.random(), f.getrandbits(8) >= 0)
