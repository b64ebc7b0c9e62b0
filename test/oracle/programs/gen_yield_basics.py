# A generator function runs lazily: each next() resumes it until the next yield.
def numbers(limit):
    print('start')
    n = 0
    while n < limit:
        yield n
        print('resumed after', n)
        n += 1
    print('finish')
g = numbers(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(numbers(3)))
print(next(g, 'exhausted'))
def echo():
    received = yield 'ready'
    while True:
        received = yield received * 2
e = echo()
print(next(e), e.send(5), e.send(21))
