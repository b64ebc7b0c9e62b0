# try/finally overriding exceptions with return, break and continue; nested handlers and sys.exc_info(), also across a generator suspended inside an except block.
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, v, tb is not None)

def f1():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "not reached"

def f3():
    while True:
        try:
            1 / 0
        finally:
            break
    return "broke out"

def f4():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except TypeError as e:
        return repr(e), repr(e.__context__)

print(f1())
try:
    print(f2())
except KeyError as e:
    print("escaped", e)
print(f3())
print(f4())

show("none")
try:
    raise KeyError("outer")
except KeyError:
    show("outer")
    try:
        raise ValueError("inner")
    except ValueError:
        show("inner")
    show("back to outer")

def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        show("gen before yield")
        yield 1
        show("gen after yield")

g = gen()
next(g)
show("outside gen")
try:
    raise IndexError("caller")
except IndexError:
    next(g, None)
    show("caller after gen")
show("end")
