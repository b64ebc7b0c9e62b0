# dict and tuple displays as CPython compiles them: the sub-dicts between ** items (3.8 merges them
# into a new dict, 3.10+ update the first), runs of more than 16 pairs split (3.10+), big tuple
# displays built through a list; sizes, gc counts and evaluation order
import sys, gc
gc.collect()
log = []
def k(x):
    log.append(("key", x))
    return x
def v(x):
    log.append(("val", x))
    return x
a = {"a": 1}
b = {"b": 2, "a": 3}
print(gc.get_count())
for d in ({}, {**a}, {**a, **b}, {"x": 0, **a}, {**a, "y": 9}, {"p": 1, "q": 2, **b, "r": 3, "s": 4}, {k(1): v(2), **a, k(3): v(4)}):
    print(d, sys.getsizeof(d), gc.get_count())
big = {"c0": 0, "c1": 1, "c2": 2, "c3": 3, "c4": 4, "c5": 5, "c6": 6, "c7": 7, "c8": 8, "c9": 9, "c10": 10, "c11": 11, "c12": 12, "c13": 13, "c14": 14, "c15": 15, "c16": 16}
print(sys.getsizeof(big), gc.get_count())
big2 = {k("d0"): v(0), k("d1"): v(1), k("d2"): v(2), k("d3"): v(3), k("d4"): v(4), k("d5"): v(5), k("d6"): v(6), k("d7"): v(7), k("d8"): v(8), k("d9"): v(9), k("d10"): v(10), k("d11"): v(11), k("d12"): v(12), k("d13"): v(13), k("d14"): v(14), k("d15"): v(15), k("d16"): v(16), k("d17"): v(17), k("d18"): v(18), k("d19"): v(19)}
print(log)
print(sys.getsizeof(big2), gc.get_count())
big3 = {"e0": [0], "e1": [1], "e2": [2], "e3": [3], "e4": [4], "e5": [5], "e6": [6], "e7": [7], "e8": [8], "e9": [9], "e10": [10], "e11": [11], "e12": [12], "e13": [13], "e14": [14], "e15": [15], "e16": [16], "e17": [17], "e18": [18], "e19": [19], "e20": [20], "e21": [21], "e22": [22], "e23": [23], "e24": [24], "e25": [25], "e26": [26], "e27": [27], "e28": [28], "e29": [29], "e30": [30], "e31": [31], "e32": [32], "e33": [33], "e34": [34], "e35": [35], "e36": [36], "e37": [37], "e38": [38], "e39": [39], **a}
print(sys.getsizeof(big3), len(big3), gc.get_count())
x = 2.5
t = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(sys.getsizeof(t), gc.get_count())
l = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
s = {x + 0, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23, x + 24, x + 25, x + 26, x + 27, x + 28, x + 29, x + 30}
print(sys.getsizeof(l), sys.getsizeof(s), gc.get_count())
t2 = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
print(sys.getsizeof(t2), gc.get_count())
try:
    d = {**a, **[1]}
except TypeError as e:
    print(e)
try:
    d = {"z": 1, **None}
except TypeError as e:
    print(e)
print(gc.collect())
