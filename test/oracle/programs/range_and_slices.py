# range objects are lazy and tiny; slice objects describe start/stop/step.
import sys
r = range(0, 20, 3)
print(r, len(r), list(r), r[2], r[-1], 9 in r, 10 in r, r.index(9))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 12)), len(range(10 ** 12)))
print(list(range(5, 0, -2)), list(range(3, 3)), range(10)[2:8:2], list(range(10)[::-3]))
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[::3], lst[::-1][:3], lst[-3:-1], lst[5:2])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, lst[sl], slice(3).stop, slice(None, None, -1).indices(5))
lst[1:3] = ['a', 'b', 'c', 'd']
print(lst, len(lst))
lst[::2] = [0] * 6
print(lst)
print('abcdef'[sl], (1, 2, 3, 4)[1:], range(3) == range(0, 3))
