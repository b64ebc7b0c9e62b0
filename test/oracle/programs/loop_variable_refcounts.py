# The loop variable keeps a reference to the last item after the loop; the hidden iterator does not survive.
import sys
a = object()
b = object()
items = [a, b]
for x in items:
    pass
print(x is b, sys.getrefcount(b), sys.getrefcount(a))
print(sys.getrefcount(items))
i = 0
while i < len(items):
    cur = items[i]
    i += 1
print(cur is b, sys.getrefcount(b))
del x, cur
print(sys.getrefcount(b))
for k, v in {'one': a}.items():
    print(k, sys.getrefcount(a))
print(sys.getrefcount(a))
