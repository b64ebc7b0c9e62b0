# an uncaught math domain error: math.sqrt of a negative number raises ValueError
import math

def distance(x1, y1, x2, y2):
    return math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)

print(distance(0, 0, 3, 4))
print(math.sqrt(-1))
