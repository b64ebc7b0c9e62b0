# itertools results and CPython's argument errors.
import itertools as it
print(list(it.islice('abcdefg', None)), list(it.islice('abcdefg', 1, None)), list(it.islice('abcdefg', 1, None, 3)), list(it.islice(it.count(), 2, 10, 3)))
for a in [(-1,), (1, -1), (1, 2, 0), ('x',), (None, 'y')]:
    try:
        it.islice('abc', *a)
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: it.repeat(), lambda: it.product('ab', repeat=-1), lambda: it.count('a'), lambda: type(it.chain(1)).__name__,
          lambda: list(it.chain(1)), lambda: it.combinations('abc', -1), lambda: it.permutations('abc', 'x'),
          lambda: it.cycle(5), lambda: it.islice([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest('a', [], [1, 2])))
print(list(it.permutations(range(3))), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.permutations('ab', 3)), list(it.combinations('ab', 3)), list(it.product()), list(it.product('ab', repeat=0)), list(it.product('ab', [])))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])), list(it.starmap(pow, [(2, 3), [3, 2]])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, '', 'a'])))
print(list(it.chain.from_iterable(['ab', (1,), []])), list(it.chain()), list(it.islice(it.count(10, -2.5), 4)))
print(sum(1 for _ in it.product(range(4), repeat=3)), len(list(it.permutations(range(5), 3))), list(it.repeat(None, 0)))
print([list(g) for g in [it.repeat(7, 3)]], list(zip(it.count(1), 'abc')), next(it.dropwhile(bool, [1, 1, 0, 5])))
