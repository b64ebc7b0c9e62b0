# Instances with two attributes each: the object, its values array or __dict__ (per version).
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

sys._debugmallocstats()
keep = [Point(i, i) for i in range(20000)]
sys._debugmallocstats()
