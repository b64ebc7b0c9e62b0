from heapq import heappush, heappop, heapify, heapreplace

queue = []
for prio in [5, 1, 4, 2, 3]:
    entry = (prio, [prio] * prio)
    heappush(queue, entry)
first = heappop(queue)
second = heappop(queue)[1]
rest = [heappop(queue)[1] for _ in range(len(queue))]
heap = list(range(20, 0, -1))
heapify(heap)
top = heapreplace(heap, 50)
