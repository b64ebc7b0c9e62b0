# tracemalloc: a range holds its start/stop/step/length as ints (made by the range arithmetic), METH_VARARGS methods get an argument tuple, case mappings a scratch buffer
import tracemalloc, gc, sys
gc.collect()
tracemalloc.start()
def show(label):
    print(label, tracemalloc.get_traced_memory())
r = range(1000)
show('range(1000)')
s = range(5, 5000, 7)
show('range(5, 5000, 7)')
t = r[300:900:3]
show('slice of a range')
print(t, t.start, t.stop, t.step, len(t))
show('repr and members')
print(777 in r, 778 in s, r.index(600), s[-300], r.count(999))
show('contains/index/item')
print(hash(r) == hash(range(0, 1000)), list(reversed(range(300, 310))))
show('hash and reversed')
del r, s, t
show('ranges dropped')
text = 'hello tracemalloc'
print(text.find('a'), text.count('l'), text.startswith('he'), text.rfind('c', 2, 15))
show('str varargs methods')
nums = {1, 2, 3}
nums.update([4, 5], (6,))
nums.difference_update({1})
nums.intersection_update(range(100))
show('set varargs methods')
print(text.title(), text.swapcase(), 'Straße'.upper(), 'ÉCOLE'.lower(), text.capitalize())
show('case mappings')
print(sys.getsizeof(nums), sys.getsizeof(text), sys.getsizeof(list(range(100))))
show('getsizeof')
tracemalloc.stop()
