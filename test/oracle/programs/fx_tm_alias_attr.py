# tracemalloc peak of a missing attribute through list[int] (the origin's type_getattro message; 3.12+ format it with '%.100s') and of instances and long class names
import tracemalloc, gc
A = list[int]
class K:
    pass
class AVeryLongClassNameThatGoesOnAndOnForMoreThanFiftyCharactersInTotal:
    pass
k = K()
gc.collect()
tracemalloc.start()
print(1)
x = hasattr(A, 'nope')
print(tracemalloc.get_traced_memory())
y = hasattr(A, 'nope')
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print(2)
z = getattr(A, 'nope', 0)
print(tracemalloc.get_traced_memory())
for i in range(2):
    try:
        A.nope
    except AttributeError as e:
        print(e)
    print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print(3)
try:
    k.nope
except AttributeError as e:
    print(e)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print(4)
try:
    AVeryLongClassNameThatGoesOnAndOnForMoreThanFiftyCharactersInTotal().nope
except AttributeError as e:
    print(e)
print(tracemalloc.get_traced_memory())
try:
    AVeryLongClassNameThatGoesOnAndOnForMoreThanFiftyCharactersInTotal.nope
except AttributeError as e:
    print(e)
tracemalloc.stop()
