# for loops with else, break and continue.
def total(items):
    s = 0
    for x in items:
        s += x
    return s


def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        i = -1
    return i


def evens(n):
    out = []
    for i in range(n):
        if i % 2:
            continue
        out.append(i)
    return out


def nested(rows):
    out = 0
    for row in rows:
        for cell in row:
            if cell is None:
                continue
            out += cell
    return out


def return_inside(items):
    for x in items:
        for y in items:
            if x == y:
                return x, y
    return None


def for_dict(d):
    for k, v in d.items():
        print(k, v)


def for_attr_target(obj, items):
    for obj.value in items:
        pass
    for obj.data[0] in items:
        pass


for word in ['alpha', 'beta']:
    print(word)
