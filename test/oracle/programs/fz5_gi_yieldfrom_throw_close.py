# gi_yieldfrom of a generator whose `yield from` delegate is being thrown into or closed:
# 3.8-3.12's _gen_throw/gen_close run the delegate from C with the frame still at its
# `yield from`, so the delegate shows; while it runs by next()/send() (inside the eval loop), and
# on 3.13 (FRAME_SUSPENDED_YIELD_FROM only), it does not.
import sys
def inner():
    try:
        print("A", o.gi_yieldfrom is i_ref, o.gi_running)
        yield 1
        print("B", o.gi_yieldfrom is i_ref)
        yield 2
    except ValueError:
        print("C", o.gi_yieldfrom is i_ref, o.gi_running)
        yield 3
    finally:
        print("D", o.gi_yieldfrom is i_ref, o.gi_running)
def outer():
    yield from i_ref
    print("E", o.gi_yieldfrom)
    yield 4
i_ref = inner()
o = outer()
next(o)
print("S", o.gi_yieldfrom is i_ref)
next(o)
o.throw(ValueError)
o.close()
print("closed", o.gi_yieldfrom, sys.getrefcount(i_ref))
i_ref = inner()
o = outer()
next(o); next(o); next(o)
print("after", o.gi_yieldfrom)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 5
    def throw(self, *a):
        print("It.throw", o2.gi_yieldfrom is it, o2.gi_running)
        return 6
    def close(self):
        print("It.close", o2.gi_yieldfrom is it, o2.gi_running)
it = It()
def outer2():
    yield from it
o2 = outer2()
next(o2)
print(o2.throw(KeyError("k")))
o2.close()
print(o2.gi_yieldfrom, sys.getrefcount(it))
