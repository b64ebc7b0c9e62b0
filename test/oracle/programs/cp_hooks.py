# __copy__, __deepcopy__(memo), __getstate__/__setstate__ and __reduce__ hooks, and what they see
import copy
import sys


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print('__copy__ refs', sys.getrefcount(self))
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        print('__deepcopy__ refs', sys.getrefcount(self), sys.getrefcount(memo), len(memo))
        new = Tracked(copy.deepcopy(self.items, memo))
        memo[id(self)] = new
        return new


t = Tracked([1, [2]])
t1 = copy.copy(t)
print(t1.items is t.items)
t2 = copy.deepcopy(t)
print(t2.items is t.items, t2.items[1] is t.items[1])
both = copy.deepcopy([t, t])
print(both[0] is both[1], sys.getrefcount(t))


class Stateful:
    def __init__(self):
        self.v = [1]
        self.cache = 'big'

    def __getstate__(self):
        print('getstate')
        return {'v': self.v}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)


s = copy.deepcopy(Stateful())
print(vars(s))


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


print(copy.copy(Reduced(3)).n, copy.deepcopy(Reduced(4)).n)
