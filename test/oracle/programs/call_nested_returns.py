# Objects created in a callee survive the return only through the returned reference.
import sys
def make(n):
    return [n] * n
def wrap(n):
    inner = make(n)
    return {'items': inner, 'size': len(inner)}
def pick(n):
    return wrap(n)['items']
r = pick(3)
print(r, sys.getrefcount(r))
w = wrap(2)
print(w, sys.getrefcount(w), sys.getrefcount(w['items']))
def pair():
    x = []
    return x, x
p, q = pair()
print(p is q, sys.getrefcount(p))
