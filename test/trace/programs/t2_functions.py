def make(n):
    items = [i * 2 for i in range(n)]
    total = sum(items)
    return items

def wrap(x):
    box = [x]
    pair = (x, box)
    return pair

data = make(10)
p = wrap(data)
q = wrap(p)
print(len(data), len(q))
