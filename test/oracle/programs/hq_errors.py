# heapq's argument errors per version, and popping an empty heap ends in IndexError
import heapq


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(heapq.heappush, (), 1)
attempt(heapq.heappush, None, 1)
attempt(heapq.heappop, 'abc')
attempt(heapq.heapify, {1: 2})
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappushpop, [], 1)
attempt(heapq.heappush, [1])
attempt(heapq.heappop, [], [])
attempt(heapq.heappush, heap=[], item=1)
attempt(heapq.heappush, [1, 'a'], 2)
h = [3, 1, 2]
attempt(heapq.heappush, h, 'x')
print(h)
attempt(heapq.heapify, [1, None, 3])


class Shrink:
    def __lt__(self, other):
        shared.clear()
        return True


shared = [Shrink(), Shrink()]
attempt(heapq.heappush, shared, Shrink())
heap = [1]
heapq.heappop(heap)
heapq.heappop(heap)
