# Subscripts and slices, including extended slices.
seq = list(range(10))
first = seq[0]
last = seq[-1]
part = seq[2:5]
step = seq[::2]
rev = seq[::-1]
seq[0] = 100
seq[1:3] = [7, 8]


def index(a, i, j):
    return a[i], a[i + j], a[a[i]]


def slices(a, i, j, k):
    return a[i:j], a[i:], a[:j], a[:], a[i:j:k], a[::k], a[i::k]


def store_slices(a, b, i, j):
    a[i:j] = b
    a[:] = b
    a[::2] = b[::2]
    del a[i:j]
    del a[::2]


def extended(m, i, j):
    return m[i, j], m[i:j, 0], m[:, 1], m[..., 0], m[1:2, 3:4, ::5]


def dict_access(d, k):
    d[k] = d[k] + 1
    return d['x']['y']['z']


def const_index():
    t = (1, 2, 3)
    s = 'abc'[1]
    n = (4, 5, 6)[0]
    return t[1], s, n


def tuple_key(d):
    return d[1, 2], d[1, 2, 3, 4], d['a', 'b']
