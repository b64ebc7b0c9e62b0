# __slots__ are stored sorted by name (private names mangled); an instance releases its own slots first, then the base class's.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('release', self.name)

class Base:
    __slots__ = ('zeta', 'alpha', 'mid')
    def __init__(self):
        self.zeta = Noisy('zeta')
        self.alpha = Noisy('alpha')
        self.mid = Noisy('mid')

class Derived(Base):
    __slots__ = ('beta', '__gamma')
    def __init__(self):
        Base.__init__(self)
        self.beta = Noisy('beta')
        self.__gamma = Noisy('gamma')

b = Base()
del b
print(Derived.__slots__, [n for n in sorted(vars(Derived)) if not n.startswith('__')])
d = Derived()
del d
print('done')
