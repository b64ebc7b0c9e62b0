# del lst[i] and del lst[i:j] drop the list's references to the removed items.
import sys
o = object()
lst = [o, 1, o, 2, o, 3, o]
print(len(lst), sys.getrefcount(o))
del lst[0]
print(len(lst), sys.getrefcount(o))
del lst[1:4]
print(lst == [1, 3, o], sys.getrefcount(o))
del lst[::2]
print(len(lst), sys.getrefcount(o))
lst[:] = [o, o, o]
print(len(lst), sys.getrefcount(o))
del lst[:]
print(len(lst), sys.getrefcount(o))
