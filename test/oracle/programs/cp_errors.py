# What copy cannot copy: generators, modules, a failing __deepcopy__, copy.Error
import copy
import sys

gen = (i for i in range(3))
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen)
    except TypeError as e:
        print(fn.__name__, 'TypeError:', e)
try:
    copy.deepcopy(sys)
except TypeError as e:
    print('TypeError:', e)


class Picky:
    def __deepcopy__(self, memo):
        raise ValueError('no deep copies, please')


try:
    copy.deepcopy({'p': Picky()})
except ValueError as e:
    print('ValueError:', e)


class BadReduce:
    def __reduce__(self):
        return (BadReduce,)


try:
    copy.copy(BadReduce())
except TypeError as e:
    print('TypeError:', e)
print(copy.Error is copy.error, copy.Error.__mro__[1] is Exception, copy.Error.__module__)
try:
    raise copy.Error('custom')
except copy.Error as e:
    print(type(e).__name__, e)
