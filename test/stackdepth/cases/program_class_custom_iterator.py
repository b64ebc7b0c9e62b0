# The iterator protocol: __iter__ returns an object whose __next__ raises StopIteration at the end.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('StopIteration')
for n in Countdown(3):
    print(n, end=' ')
print()
print(iter(c) is c, list(c))
