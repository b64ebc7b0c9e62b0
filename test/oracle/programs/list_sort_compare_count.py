# list.sort is timsort: how many __lt__ calls it makes depends on the runs it finds (count_run changed in 3.13) and the merge order (powersort from 3.11).
calls = 0
class K:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v

seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8

def count(data, **kw):
    global calls
    calls = 0
    sorted(data, key=K, **kw)
    return calls

for n in (0, 1, 2, 5, 31, 64, 65, 130, 300):
    r = [rnd() % 1000 for _ in range(n)]
    shapes = [r, sorted(r), sorted(r, reverse=True), [x % 3 for x in r],
              [n - i // 3 for i in range(n)]]
    print(n, [count(s) for s in shapes], [count(s, reverse=True) for s in shapes])

# many natural runs of irregular lengths: the merge strategy shows
data = []
while len(data) < 4000:
    run = sorted(rnd() % 10000 for _ in range(65 + rnd() % 900))
    if rnd() % 3 == 0:
        run.reverse()
    data.extend(run)
print(len(data), count(data), count(data, reverse=True))
