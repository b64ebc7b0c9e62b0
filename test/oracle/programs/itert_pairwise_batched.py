# pairwise (3.10+; 3.13 recycles its result tuple) and batched (3.12+; 3.13 adds strict=).
import sys
import itertools
pairwise = getattr(itertools, 'pairwise', None)
batched = getattr(itertools, 'batched', None)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

if pairwise is None:
    print('no pairwise before 3.10')
else:
    print(list(pairwise('abcde')), list(pairwise([])), list(pairwise([1])))
    pw = pairwise(range(5))
    first = next(pw)
    print(sys.getrefcount(first))
    first_id = id(first)
    del first
    second = next(pw)
    print(id(second) == first_id, second, sys.getsizeof(pw))
    attempt('no args', lambda: pairwise())
    def gen():
        yield 1
        yield 2
        raise ValueError('stop here')
    pw = pairwise(gen())
    print(next(pw))
    attempt('error', lambda: next(pw))
    attempt('after', lambda: list(pw))

if batched is None:
    print('no batched before 3.12')
else:
    print(list(batched('abcdefg', 3)), list(batched(range(4), 2)), list(batched([], 3)))
    print([sys.getsizeof(b) for b in batched(range(7), 3)], sys.getsizeof(batched('a', 1)))
    attempt('zero', lambda: batched('abc', 0))
    attempt('missing n', lambda: batched('abc'))
    attempt('float n', lambda: batched('abc', 2.0))
    attempt('strict', lambda: list(batched('abcde', 2, strict=True)))
    print(list(batched('ab', n=1)))
