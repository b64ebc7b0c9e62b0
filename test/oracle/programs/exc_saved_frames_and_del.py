# What a saved exception keeps alive (its traceback's frames and their locals) until it is dropped or collected, __del__ raising ("Exception ignored in"), and a generator whose finally raises on close().
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def boom(name):
    r = Res(name)
    raise ValueError(name)

try:
    boom("handled")
except ValueError:
    print("caught")
print("after handler")

saved = None
try:
    boom("saved")
except ValueError as e:
    saved = e
print("frame kept alive:", saved.__traceback__.tb_next.tb_frame.f_code.co_name)
saved = None
print("dropped")

def keep():
    try:
        boom("cycle")
    except ValueError as e:
        err = e
    return err

e2 = keep()
del e2
print("collected", gc.collect() > 0)

class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")

def make():
    b = Bad()
make()
print("after make")

def gen():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
g2 = gen()
next(g2)
del g2
print("end")
