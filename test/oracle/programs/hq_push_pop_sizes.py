# heapq.heappush grows the list as list.append does; heappop shrinks it and the last pop frees the item array
import sys
import heapq

heap = []
print(sys.getsizeof(heap))
for x in [50, 20, 80, 10, 90, 30, 70, 40, 60]:
    heapq.heappush(heap, x * 1000)
    print(len(heap), sys.getsizeof(heap), heap[0] // 1000)
print([x // 1000 for x in heap])
top = heap[0]
print(sys.getrefcount(top))
out = []
while heap:
    out.append(heapq.heappop(heap) // 1000)
    print(len(heap), sys.getsizeof(heap))
print(out)
print(sys.getrefcount(top))
big = list(range(3000, 0, -1))
heapq.heapify(big)
print(big[:7], sys.getsizeof(big))
print([heapq.heappop(big) for _ in range(5)], len(big), sys.getsizeof(big))
