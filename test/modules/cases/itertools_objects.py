# itertools objects: GC-tracked, per-version sizes, input references and recycled result tuples.
import sys, gc, itertools as it
objs = {
    'count': it.count(), 'count_float': it.count(1.5, 0.5), 'islice': it.islice([1, 2, 3], 2),
    'chain': it.chain([1], [2]), 'chain_fi': it.chain.from_iterable([[1]]), 'repeat': it.repeat(1),
    'repeat3': it.repeat(1, 3), 'product': it.product('ab', 'cd'), 'product_r': it.product('ab', repeat=3),
    'cycle': it.cycle('ab'), 'accumulate': it.accumulate([1, 2]), 'takewhile': it.takewhile(bool, [1]),
    'dropwhile': it.dropwhile(bool, [1]), 'zip_longest': it.zip_longest('a', 'bc'),
    'permutations': it.permutations('abc'), 'permutations2': it.permutations('abcd', 2),
    'combinations': it.combinations('abc', 2), 'cwr': it.combinations_with_replacement('abc', 2),
    'starmap': it.starmap(pow, [(2, 3)]), 'compress': it.compress('ab', [1, 0]), 'filterfalse': it.filterfalse(None, [0, 1]),
}
for k, o in objs.items():
    print(k, type(o).__name__, sys.getsizeof(o), o.__sizeof__(), gc.is_tracked(o))
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5)), repr(it.count(0, 0.5)), repr(it.repeat('x')), repr(it.repeat('x', 2)))
c = it.count(); next(c); print(c)
r = it.repeat(1, 2); next(r); print(r, len(list(r)), r)
for name in ['product', 'permutations', 'combinations', 'zip_longest']:
    f = getattr(it, name)
    p = f('abcd', 2) if name == 'combinations' else f('abcd', 'def') if name != 'permutations' else f('abcd')
    t1 = next(p); i1 = id(t1); del t1; t2 = next(p)
    kept = next(p)
    t3 = next(p)
    print(name, 'reused when released:', id(t2) == i1, 'new when held:', t3 is not kept)
x = [1, 2]
ch = it.chain(x); print('chain keeps its args tuple', sys.getrefcount(x)); next(ch); print('active iterator', sys.getrefcount(x))
isl = it.islice(x, 1); print('islice', sys.getrefcount(x)); list(isl); print('exhausted islice drops it', sys.getrefcount(x))
cy = it.cycle(x); next(cy); print('cycle', sys.getrefcount(x))
del ch, cy
print('after del', sys.getrefcount(x))
for name in ['count', 'chain', 'repeat', 'islice', 'product']:
    print(name, sys.getrefcount(getattr(it, name)))
keep = [it.count() for _ in range(3)]
print('count refs with 3 instances', sys.getrefcount(it.count))
