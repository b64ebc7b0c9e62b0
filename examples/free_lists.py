# Free lists: CPython keeps some freed objects (floats, tuples, lists, dicts) for reuse, so the
# next object of that kind often gets the very same memory back.
# heap: python=3.8,3.12
x = float(7)                # made at run time (a literal would also be held by the code)
first = id(x)
del x                       # the float goes to the float free list
y = float(8)                # ... and the next float comes from it
print("same address:", id(y) == first)
# @expect refcount(y) == 1
t = tuple([1, 2, 3])
tid = id(t)
del t                       # 3-tuples have a free list of their own
u = tuple([4, 5, 6])
print("same address:", id(u) == tid)
