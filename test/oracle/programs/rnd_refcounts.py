# what random's functions return: the population's own objects (refcounts), new lists, ints sized by their bits
import random, sys
random.seed(11)
words = ['alpha' + str(i) for i in range(6)]
print([sys.getrefcount(w) for w in words])
picked = random.choice(words)
print(sys.getrefcount(picked), sys.getrefcount(words))
sample = random.sample(words, 4)
print(sys.getsizeof(sample), [sys.getrefcount(w) for w in words])
many = random.choices(words, k=9)
print(sys.getsizeof(many), len(many), [sys.getrefcount(w) for w in words])
random.shuffle(words)
print(words, [sys.getrefcount(w) for w in words])
del sample, many, picked
print([sys.getrefcount(w) for w in words])
for k in (1, 15, 30, 31, 60, 61, 64, 90, 120, 200, 1000):
    x = random.getrandbits(k)
    print(k, x.bit_length() <= k, sys.getsizeof(x), sys.getrefcount(x) if x > 256 else '-')
big = random.randrange(10**40)
print(sys.getsizeof(big), sys.getrefcount(big))
f = random.random()
print(sys.getsizeof(f), sys.getrefcount(f), type(f).__name__)
print(sys.getrefcount(random.Random), sys.getrefcount(random._inst), sys.getrefcount(random.random))
print(type(random.randint).__name__, type(random.random).__name__, random.random.__self__ is random._inst)
