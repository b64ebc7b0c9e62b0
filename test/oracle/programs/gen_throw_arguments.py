# gen.throw(type[, value]) normalizes its arguments to one exception like a raise would; bad ones are a TypeError.
def worker():
    try:
        while True:
            x = yield
            print('got', x)
    except ValueError as e:
        print('worker caught', repr(e), e.args)
        yield 'recovered'
    finally:
        print('cleanup')

w = worker(); next(w)
print(w.throw(ValueError))
w = worker(); next(w)
print(w.throw(ValueError('instance')))
w = worker(); next(w)
print(w.throw(ValueError, ('a', 1)))
w = worker(); next(w)
for bad in [(ValueError('x'), 'y'), ('oops',), (3,), (int,), (ValueError, 1, 2)]:
    try:
        w.throw(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(w.send('still alive'))
w = worker()
try:
    w.throw(KeyError('early'))
except KeyError as e:
    print('unstarted generator raised', repr(e), w.gi_frame)
w = worker(); next(w)
w.throw(KeyError, 'uncaught')
