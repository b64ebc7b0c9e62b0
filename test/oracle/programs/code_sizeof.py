# sys.getsizeof of code objects on 3.8/3.10: the struct, plus a word per cell variable when one of them is an argument (co_cell2arg); 3.11+ sizes hold the bytecode (HeapLens stops there: test/engine/codesize.test.ts)
import sys
def f(): pass
def g(a, b):
    def h():
        return a
    return h
def k(a):
    c = 1
    def m():
        return a + c
    return m
def n():
    x = 1
    def p():
        return x
    return p
if sys.version_info < (3, 11):
    print(sys.getsizeof(f.__code__), sys.getsizeof(g.__code__), sys.getsizeof(k.__code__), sys.getsizeof(n.__code__), sys.getsizeof(g(1, 2).__code__))
    for i in range(1000):
        f()
    print(sys.getsizeof(f.__code__), f.__code__.__sizeof__())
print(f.__code__.co_name, g.__code__.co_argcount)
