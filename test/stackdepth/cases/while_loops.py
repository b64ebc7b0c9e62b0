# while loops with else, break and continue.
def countdown(n):
    while n > 0:
        n -= 1
    return n


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i


def skip_odd(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        total += i
    return total


def nested_while(n):
    i = 0
    out = []
    while i < n:
        j = 0
        while j < i:
            out.append((i, j))
            j += 1
        i += 1
    return out


def while_complex(a, b):
    while a and not b or a > 10:
        a -= 1
    return a


def while_chain(lo, x, hi):
    while lo < x < hi:
        x += 1
    return x


n = 3
while n:
    n -= 1
else:
    done = True
