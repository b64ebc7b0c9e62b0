# close() throws GeneratorExit in; from 3.13 it returns what the generator returned, and a generator that ignores it is finalized once.
def reader():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        print('closing with', total)
        return total
    finally:
        print('finally')

r = reader(); next(r)
r.send(4); r.send(5)
print(r.close())
print(r.close())

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring GeneratorExit')
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(s.gi_frame is None, s.gi_running)
del s
print('after del')

def plain():
    yield 1
p = plain()
print(p.close(), list(p))
