# A list emptied by pop()/remove()/del keeps a (zero-sized) item array in CPython: list_resize(0)
# reallocates it to 0 bytes, which leaves ob_item non-NULL. 3.10+'s list.extend() of an iterator
# preallocates exactly only when ob_item is NULL (a new list, or one clear() emptied), so the two
# kinds of empty list grow differently; 3.12+ pop() of the only item clears the list instead.
import sys
def dfs(graph, start):
    stack = [start]
    seen = []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        stack.extend(reversed(graph[node]))
        print(node, len(stack), sys.getsizeof(stack))
    return seen
print(dfs({"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}, "a"))
s = ["w", "x", "y", "z"]
while s:
    s.pop()
s.extend(iter(["v"]))
print(sys.getsizeof(s))
t = [1, 2, 3]
del t[:2]
t.remove(3)
t.extend(x for x in "ab")
print(sys.getsizeof(t))
u = [1, 2, 3]
u.clear()
u.extend(iter([4]))
print(sys.getsizeof(u))
v = []
v.extend(reversed([5, 6, 7]))
print(sys.getsizeof(v))
