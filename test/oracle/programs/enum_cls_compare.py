# Enum members: equality, identity, hash, as dict keys and set members, comparison with values
import sys, gc
from enum import Enum
gc.collect()
class Suit(Enum):
    HEARTS = 1
    SPADES = 2
    CLUBS = 3
print(Suit.HEARTS == Suit.HEARTS, Suit.HEARTS == Suit.SPADES, Suit.HEARTS != Suit.CLUBS, Suit.HEARTS == 1)
print(hash(Suit.HEARTS) == hash('HEARTS'), Suit.HEARTS is Suit(1))
d = {Suit.HEARTS: 'h', Suit.SPADES: 's'}
print(d[Suit.HEARTS], Suit.SPADES in d, Suit.CLUBS in d, len({Suit.HEARTS, Suit.HEARTS, Suit.CLUBS}))
print(sys.getrefcount(Suit.HEARTS), sys.getrefcount(Suit.SPADES), sys.getrefcount(Suit.CLUBS))
del d
print(sys.getrefcount(Suit.HEARTS))
try:
    Suit.HEARTS < Suit.SPADES
except TypeError as e:
    print('TypeError', e)
print(sorted(Suit, key=lambda s: s.value, reverse=True))
print(bool(Suit.HEARTS), bool(Suit))
