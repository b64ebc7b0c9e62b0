def gen(data):
    for x in data:
        yield [x, x]

source = [[1], [2], [3]]
g = gen(source)
first = next(g)
second = next(g)
rest = list(g)
print(len(rest))
