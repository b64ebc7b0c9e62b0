# Subclasses of immutable numbers are customised in __new__: the base builds the value.
import sys
class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, round(degrees, 1))
    def __repr__(self):
        return f'{float(self)}°C'
class Even(int):
    def __new__(cls, n):
        return int.__new__(cls, n - n % 2)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
c, e, p = Celsius(21.456), Even(7), Point(1, 2)
print(c, type(c).__name__, e, type(e).__name__, p, type(p).__name__, c + 1, type(c + 1).__name__)
print(sys.getsizeof(c), sys.getsizeof(e), sys.getsizeof(Even(2**40)), sys.getsizeof(p), sys.getrefcount(Celsius))
print(type(float.__new__(Celsius, 2)).__name__, type(int.__new__(Even, 5)).__name__, float.__new__(float, '1.5'))
for f in [lambda: int.__new__(float, 1), lambda: float.__new__(int, 1), lambda: int.__new__(bool, 1),
          lambda: float.__new__(Celsius, 'x'), lambda: tuple.__new__(Point, 5)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Weird:
    def __int__(self): return True
    def __float__(self): return Celsius(1.25)
    def __index__(self): return Even(4)
    def __complex__(self): return 3
w = Weird()
print(int(w), float(w), [10, 20, 30, 40, 50][w], type(int(w)).__name__)
try:
    complex(w)
except TypeError as e:
    print(e)
