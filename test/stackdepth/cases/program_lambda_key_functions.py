# Lambdas as key functions for sorted/min/max and as arguments to map/filter.
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: (-len(w), w)))
print(min(words, key=lambda w: w[-1]), max(words, key=len))
print(list(map(lambda w: w.upper(), words)))
print(list(filter(lambda w: 'a' in w, words)))
square = lambda x: x * x
print(square(12), (lambda a, b=3: a + b)(1), square.__name__)
pairs = [(1, 'b'), (2, 'a'), (1, 'a')]
pairs.sort(key=lambda p: p[1])
print(pairs)
