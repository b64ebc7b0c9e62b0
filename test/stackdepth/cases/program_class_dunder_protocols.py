# __repr__, __str__, __eq__, __hash__, __len__, __iter__ and __getitem__ let builtins work on user objects.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return 'Vec(' + ', '.join(repr(x) for x in self.xs) + ')'
    def __str__(self):
        return '<' + ' '.join(str(x) for x in self.xs) + '>'
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __len__(self):
        return len(self.xs)
    def __iter__(self):
        return iter(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self, other)])
v = Vec(1, 2, 3)
w = Vec(1, 2, 3)
print(repr(v), str(v), v)
print(v == w, v is w, v != Vec(0), len(v), list(v), v[1], v[-1])
print(len({v, w}), {v: 'a'}[w], [v, w])
print(v + w, sum(v), 2 in v, max(v))
