# total_ordering fills in the missing comparisons from one of them; the helpers are shared functions renamed on the way
import functools

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        print('  __lt__', self.n, other.n)
        return self.n < other.n

a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= b)
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__le__.__name__)
print(sorted(k for k in Version.__dict__ if k.startswith('__') and k[2:4] in ('lt', 'le', 'gt', 'ge')))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(3) <= Rev(2))
