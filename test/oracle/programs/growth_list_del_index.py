# del lst[i] shrinks the list's allocation like a slice delete before 3.13; 3.13 only moves the items down.
import sys
lst = list(range(20))
print(sys.getsizeof(lst))
while lst:
    del lst[0]
    print(len(lst), sys.getsizeof(lst))
lst.append(1)
print(sys.getsizeof(lst))
other = list(range(20))
while other:
    other.pop(0)
print('pop(0) to empty', sys.getsizeof(other))
