# A class with only __getitem__ is iterable: iteration calls it with 0, 1, 2... until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = Squares(5)
print(list(s), len(s), 9 in s, 10 in s)
for x in s:
    if x > 4:
        break
    print('item', x)
it = iter(s)
print(next(it), next(it), next(it))
print(sorted(s, reverse=True), sum(s))
