# Names live in frames (the "stack"); objects live on the heap. A frame's names are references
# to heap objects, and an object outlives the frame that made it if something still refers to it.
# heap: python=3.8,3.11,3.12,3.13


def make_pair():
    first = [1, 2, 3]       # a local name in make_pair's frame refers to a new list
    # @expect refcount(first) == 1
    pair = (first, "label")
    # @expect refcount(first) == 2
    return pair             # the frame goes away; the tuple (and the list in it) lives on


p = make_pair()
# @expect refcount(p) == 1
inner = p[0]                # a second reference to the list, from the module's frame
# @expect refcount(inner) == 2
del p                       # the tuple is freed at once (refcount 0), releasing its items
# @expect refcount(inner) == 1
print(inner)
