# A priority queue of (priority, count, item) tuples: the heap holds the only references to the entries
import sys
import gc
import heapq


class Task:
    def __init__(self, name):
        self.name = name


gc.collect()
queue = []
count = 0
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'think'), (5, 'ship')]:
    task = Task(name)
    heapq.heappush(queue, (prio, count, task))
    count += 1
del task
print([(p, c, t.name) for p, c, t in queue])
print(sys.getsizeof(queue), sys.getrefcount(queue[0]), sys.getrefcount(queue[0][2]))
print(gc.is_tracked(queue), gc.is_tracked(queue[0]))
gc.collect()
before = gc.get_count()
entry = heapq.heappop(queue)
print(entry[0], entry[1], entry[2].name, sys.getrefcount(entry), sys.getrefcount(entry[2]))
print(gc.get_count()[0] - before[0])
del entry
print(gc.get_count()[0] - before[0])
prio, c, t = heapq.heapreplace(queue, (4, count, Task('test')))
print(prio, t.name, sys.getrefcount(t), [e[2].name for e in queue])
print(heapq.heappushpop(queue, (0, 99, Task('now')))[2].name)
print(heapq.heappushpop(queue, (9, 98, Task('later')))[2].name, len(queue))
while queue:
    p, _, t = heapq.heappop(queue)
    print(p, t.name, sys.getrefcount(t))
print(gc.collect())
