# Comprehensions at module level and in class bodies.
data = [1, 2, 3, 4, 5]
squares = [x * x for x in data]
odd_set = {x for x in data if x % 2}
mapping = {x: x * 2 for x in data}
pairs = [(a, b) for a in data for b in data if a < b]
nested = [[y for y in range(x)] for x in data]
total = sum(x for x in data)


class Table:
    rows = [1, 2, 3]
    doubled = [r * 2 for r in rows]
    lookup = {r: str(r) for r in [4, 5]}
    flags = {r > 1 for r in (1, 2)}
    gen_total = sum(r for r in range(3))
    nested = [[c for c in range(r)] for r in range(3)]

    def method(self):
        return [r for r in self.rows]


first = next(iter([d for d in data if d > 3]))
