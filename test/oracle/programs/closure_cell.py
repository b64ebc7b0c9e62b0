# A closure variable lives in a cell object; the cell holds the reference, not the outer frame local.
import sys
def outer():
    v = []
    def inner():
        return v
    return inner
fn = outer()
obj = fn()
print(sys.getrefcount(obj))
print(fn.__closure__[0].cell_contents is obj)
