# Closing or dropping a suspended generator raises GeneratorExit inside it, so its finally block runs.
def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', name)
g = worker('a')
print(next(g))
g.close()
print('closed')
g2 = worker('b')
print(next(g2))
del g2
print('deleted')
for v in worker('c'):
    print('got', v)
print('loop done')
g3 = worker('d')
print(next(g3), next(g3))
g3 = None
print('end')
