# Chained comparisons, short-circuit and/or, and is vs ==.
a, b, c = 1, 5, 10
print(a < b < c, a < b > c, 1 == 1.0 == True, a < b == 5)
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, 2) < (1, 3), 'abc' < 'abd', [3] > [2, 9])
def loud(v):
    print('eval', v)
    return v
print(loud(0) and loud(1))
print(loud(2) or loud(3))
print(not loud(''), loud([]) or loud('fallback'))
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z)
print(1 in [1, 2], 'b' in 'abc', 3 not in {1: 2}, None in [None])
print(max(1, 2) if a else 0, -5 % 3, 2 ** 3 ** 2, (2 ** 3) ** 2, 7 // 2 * 2 + 7 % 2)
