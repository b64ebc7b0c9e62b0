# Built-in helpers over iterables: enumerate, zip, map, filter, sorted, reversed, min, max, sum, any, all.
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, '', 'x'])))
print(sorted(ages, reverse=True), sorted(names, key=len), list(reversed(names)))
print(min(ages), max(ages), min(names), max(3, 7, 5), min([], default='empty'))
print(sum(ages), sum(ages, 100), sum([[1], [2]], []), abs(-7), abs(-2.5))
print(any([0, '', None]), any([0, 1]), all([1, 'a']), all([]), any([]))
pairs = sorted(zip(ages, names))
print(pairs, max(zip(ages, names)))
print(list(zip(*[(1, 'a'), (2, 'b')])), [i * x for i, x in enumerate(range(5))])
