# Instance attributes live in a (key-sharing) __dict__; its reported size depends on the version.
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
q = Point(3, 4)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), p.__dict__)
print(sys.getsizeof(q.__dict__), q.__dict__ == {'x': 3, 'y': 4})
p.z = 5
print(sys.getsizeof(p.__dict__), len(p.__dict__), sorted(p.__dict__))
class Empty:
    pass
e = Empty()
print(sys.getsizeof(e.__dict__), e.__dict__)
e.a = 1
print(sys.getsizeof(e.__dict__))
