# gi_yieldfrom is the iterator a generator is delegating to while it is suspended in `yield from` (None otherwise).
def numbers():
    yield 1
    yield 2
    return 'numbers done'
def pipeline():
    result = yield from numbers()
    print('sub returned', result)
    yield from ['a', 'b']
    yield 'end'
p = pipeline()
print(p.gi_yieldfrom)
print(next(p), type(p.gi_yieldfrom).__name__, p.gi_yieldfrom.__name__)
print(next(p), type(p.gi_yieldfrom).__name__)
print(next(p), type(p.gi_yieldfrom).__name__)
print(next(p), next(p), p.gi_yieldfrom)
p2 = pipeline()
next(p2)
inner = p2.gi_yieldfrom
p2.close()
print(p2.gi_yieldfrom, inner.gi_frame)
def watcher():
    yield outer.gi_yieldfrom, outer.gi_running
def wrap():
    yield from watcher()
outer = wrap()
print(next(outer), outer.gi_yieldfrom is not None)
