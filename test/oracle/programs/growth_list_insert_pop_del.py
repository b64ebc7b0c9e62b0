# list capacity while inserting at the front, popping from the front, deleting and clearing.
import sys
lst = []
for i in range(10):
    lst.insert(0, i)
    print('insert', len(lst), sys.getsizeof(lst))
for i in range(7):
    lst.pop(0)
    print('pop(0)', len(lst), sys.getsizeof(lst))
lst.extend(range(20))
print('extend', len(lst), sys.getsizeof(lst))
del lst[2:]
print('del slice', len(lst), sys.getsizeof(lst))
lst.remove(lst[0])
print('remove', len(lst), sys.getsizeof(lst))
lst.clear()
print('clear', len(lst), sys.getsizeof(lst))
