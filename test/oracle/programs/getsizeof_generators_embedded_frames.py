# Generator sizes: from 3.11 the frame is embedded in the generator, so its size grows with the locals and the value stack.
import sys
def g0():
    yield 1
def g3(a, b):
    c = a + b
    for x in range(c):
        yield [x, x, (a, b)]
print(sys.getsizeof(g0()), sys.getsizeof(g3(1, 2)), sys.getsizeof(x for x in range(3)), sys.getsizeof((x, y) for x in range(3) for y in range(2)))
def outer():
    k = 5
    def inner():
        yield k
    return inner()
print(sys.getsizeof(outer()))
