# An exhausted reversed() list iterator drops its list on 3.8-3.12; 3.13 keeps it unless the list shrank under it.
import sys
scores = [70, 85, 92]
newest_first = reversed(scores)
print(list(newest_first), sys.getrefcount(scores))
print(next(newest_first, 'done'), sys.getrefcount(scores))
empty = []
r = reversed(empty)
print(list(r), sys.getrefcount(empty))
del r
print(sys.getrefcount(empty))
queue = [1, 2, 3, 4]
it = reversed(queue)
print(next(it))
queue.clear()
print(list(it), sys.getrefcount(queue))
forward = iter(scores)
print(list(forward), sys.getrefcount(scores))
