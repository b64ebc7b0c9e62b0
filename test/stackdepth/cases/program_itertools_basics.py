# itertools: count, islice, chain, repeat and product produce lazy iterators.
from itertools import count, islice, chain, repeat, product
print(list(islice(count(10), 5)), list(islice(count(0, 5), 3)))
print(list(islice('abcdefg', 2, 6, 2)), list(islice(range(100), 4)))
print(list(chain([1, 2], (3,), range(4, 6))), list(chain.from_iterable([[1], [2, 3]])))
print(list(repeat('x', 3)), list(zip(range(3), repeat(0))))
print(list(product('ab', [1, 2])), len(list(product(range(3), repeat=3))))
c = count()
print(next(c), next(c), next(c))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
squares = map(lambda n: n * n, count(1))
print(list(islice(squares, 6)))
