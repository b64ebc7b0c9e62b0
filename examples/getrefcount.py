# sys.getrefcount(x) is one more than x's reference count: the call's own argument is a reference.
# HeapLens's refcount(x) is the count CPython stores (ob_refcnt), the number the lenses show.
# heap: python=3.8,3.12
import sys

s = "".join(["heap", "lens"])   # built at run time: not shared with any constant
# @expect refcount(s) == 1
print(sys.getrefcount(s))       # prints 2: s, and getrefcount's argument
t = s
# @expect refcount(s) == 2
print(sys.getrefcount(s))
