# An exception in __lt__ stops the sort midway: the list keeps CPython's partial order (a permutation of its items); a failing key function releases the keys made so far.
class Stop(Exception):
    pass
calls = 0
limit = 0
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        if calls == limit:
            raise Stop(calls)
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

data = [(i * 37) % 101 for i in range(140)]
for limit in (3, 40, 200, 700):
    for rev in (False, True):
        calls = 0
        L = list(data)
        try:
            L.sort(key=K, reverse=rev)
        except Stop as e:
            print('stopped after', e, 'reverse' if rev else '')
        print(L[:16], L[-8:], sorted(L) == sorted(data))

class Key:
    def __init__(self, v):
        self.v = v
        if v == 4:
            raise KeyError(v)
    def __del__(self):
        print('key released', self.v)
L = [3, 1, 2, 4, 0]
try:
    L.sort(key=Key)
except KeyError as e:
    print('KeyError', e, L)
