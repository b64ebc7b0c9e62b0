# _heapq holds the two items it compares (and heappushpop only the top): the order in which it
# lets them go shows when __lt__ empties the heap, and the references show inside __lt__.
import heapq
import sys

heap = []

class Item:
    def __init__(self, name, key, clear=False):
        self.name = name
        self.key = key
        self.clear = clear
    def __lt__(self, other):
        print('lt', self.name, other.name, sys.getrefcount(self), sys.getrefcount(other))
        if self.clear:
            heap.clear()
        return self.key < other.key
    def __del__(self):
        print('del', self.name)

heapq.heappush(heap, Item('a', 1))
heapq.heappush(heap, Item('b', 2))
print(heapq.heappushpop(heap, Item('c', 3)).name)
print([x.name for x in heap])
try:
    heapq.heappush(heap, Item('d', 0, clear=True))
except RuntimeError as e:
    print('RuntimeError', e)
print(len(heap))
heap.append(Item('e', 5, clear=True))
heap.append(Item('f', 4))
heap.append(Item('g', 6))
try:
    heapq.heapify(heap)
except RuntimeError as e:
    print('RuntimeError', e)
print('max')
heap.extend([Item('h', 1), Item('i', 2, clear=True)])
try:
    heapq._heapify_max(heap)
except RuntimeError as e:
    print('RuntimeError', e)
print('end')
