# An instance's __dict__ is tracked by the collector only once it holds something that could be in a cycle.
import gc

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(gc.is_tracked(p), gc.is_tracked(p.__dict__))
p.label = 'origin'
print(gc.is_tracked(p.__dict__))
p.neighbours = []
print(gc.is_tracked(p.__dict__))
q = Point(3, 4)
q.z = (5, 6)
print(gc.is_tracked(q.__dict__))
