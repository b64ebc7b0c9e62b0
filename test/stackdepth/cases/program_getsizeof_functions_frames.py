# Function object and frame object sizes (3.11).
import sys
def f():
    return sys.getsizeof(sys._getframe())
print(sys.getsizeof(f))
print(f())
