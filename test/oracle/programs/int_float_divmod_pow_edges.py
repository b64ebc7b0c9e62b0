# divmod() is its own slot (__divmod__), modular pow() inverts, and division by zero says which operation failed
class M:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(M(), 5), divmod(5, M()))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(2**70, -3), (7).__divmod__(2))
print(0.0 // -3, -0.0 // 3, 0.0 % -3, divmod(0.0, -1))
print(pow(3, -1, 7), pow(2, 10, 1), pow(-3, 3, 5), pow(3, 3, -5), pow(5, -2, 13))
tests = [
    lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0,
    lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0), lambda: 1.0 / 0,
    lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 1j / 0,
    lambda: pow(2, -1, 4), lambda: pow(2.0, 2, 3), lambda: pow(2, 2, 0),
    lambda: divmod(1j, 1), lambda: divmod("a", 1),
]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
