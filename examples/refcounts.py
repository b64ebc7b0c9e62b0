# Reference counting, the way the memory-management articles explain it: every name, container
# slot and argument is a reference, and an object lives while it has any.
# heap: python=3.8,3.10,3.11,3.12,3.13
import sys

a = []                      # one name refers to the new list
# @expect refcount(a) == 1
print("one name:", sys.getrefcount(a))   # +1 for getrefcount's own argument
b = a                       # a second name: the same object, one more reference
# @expect refcount(a) == 2
print("two names:", sys.getrefcount(a))
c = [a, a]                  # a list slot is a reference too
# @expect refcount(a) == 4
print("in a list twice:", sys.getrefcount(a))
del b                       # unbinding a name drops its reference
c.clear()                   # ... and so does emptying the container
# @expect refcount(a) == 1
print("back to one name:", sys.getrefcount(a))


def show(obj):
    # while the call runs, the parameter is one more reference
    # (3.8/3.10 also count the caller's evaluation stack: two more)
    return sys.getrefcount(obj)


print("inside a call:", show(a))

x = 1000                    # a literal: the code object and the parser keep references
# @expect[3.8,3.10,3.11] refcount(x) == 3
print("int constant:", sys.getrefcount(x))
print("None is shared:", sys.getrefcount(None) > 100)
