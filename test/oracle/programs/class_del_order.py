# __del__ runs when the last reference goes away: on del, on rebinding, and when a container is cleared.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Noisy('a')
b = Noisy('b')
a = b
print('rebound a')
items = [Noisy('x'), Noisy('y'), Noisy('z')]
items.pop(1)
print('popped')
items.clear()
print('cleared')
d = {'k': Noisy('v')}
d['k'] = Noisy('w')
print('replaced')
del d
print('deleted dict')
del b
print('b deleted, a still refers to it')
del a
print('end')
