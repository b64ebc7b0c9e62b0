# global rebinds a module-level name from inside a function; without it, assignment makes a local.
import sys
total = 0
items = []
def add(x):
    global total
    total += x
    items.append(x)
def shadow():
    total = 100
    return total
add(3)
add(4)
print(total, items, shadow(), total)
def read_only():
    return total * 2
print(read_only())
def broken():
    try:
        print(total)
        total = 1
    except UnboundLocalError:
        print('UnboundLocalError')
broken()
print(sys.getrefcount(items))
