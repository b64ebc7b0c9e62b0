def counter():
    counts = {}
    def bump(key):
        counts[key] = counts.get(key, 0) + 1
        seen = list(counts)
        return len(seen)
    return bump

b = counter()
b("a")
b("b")
keep = [b, b]
print(b("a"))
