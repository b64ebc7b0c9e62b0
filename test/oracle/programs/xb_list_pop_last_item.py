# 3.12+ list.pop() of a list's only item clears the list (_list_clear frees the item array), so the
# list is back to its empty size; up to 3.11 list_resize keeps the array while it is at least half
# used. Popping the others still resizes.
import sys
stack = [1]
print(sys.getsizeof(stack))
stack.pop()
print(sys.getsizeof(stack))
stack.append(2)
print(sys.getsizeof(stack))
work = list(range(5))
sizes = []
while work:
    work.pop()
    sizes.append(sys.getsizeof(work))
print(sizes)
q = ["a", "b"]
q.pop(0)
print(sys.getsizeof(q), q.pop(0), sys.getsizeof(q))
item = [object()]
obj = item[0]
before = sys.getrefcount(obj)
got = item.pop()
print(got is obj, sys.getrefcount(obj) - before, item)
