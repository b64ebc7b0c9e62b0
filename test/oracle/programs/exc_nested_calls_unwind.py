# An exception raised deep in nested calls unwinds every frame, running each finally on the way out.
def level3(n):
    try:
        if n > 2:
            raise RuntimeError('too deep: ' + str(n))
        return n
    finally:
        print('leave level3')
def level2(n):
    try:
        return level3(n + 1)
    finally:
        print('leave level2')
def level1(n):
    return level2(n + 1) * 10
print(level1(0))
try:
    level1(1)
except RuntimeError as e:
    print('caught:', e)
print('after')
