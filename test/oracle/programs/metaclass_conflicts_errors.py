# Metaclass conflicts and the argument checks of type.__new__, type.__init__ and type.__call__ for metaclasses
class MetaA(type):
    pass
class MetaB(type):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError', e)
def conflict():
    class C(A, B):
        pass
def explicit_conflict():
    class C(A, metaclass=MetaB):
        pass
class MetaAB(MetaA, MetaB):
    pass
def resolved():
    class C(A, B, metaclass=MetaAB):
        pass
    return C
attempt('conflict', conflict)
attempt('explicit', explicit_conflict)
attempt('resolved', resolved)
attempt('type()', lambda: type('C', (A, B), {}))
attempt('winner', lambda: type('C', (A,), {}))
attempt('one arg', lambda: MetaA('C'))
attempt('not subtype', lambda: type.__new__(int, 'C', (), {}))
attempt('not safe', lambda: object.__new__(MetaA))
attempt('init kw', lambda: MetaA.__init__(A, 'C', flag=1))
attempt('slots', lambda: MetaA('C', (), {'__slots__': ('a',)}))
attempt('meta slots', lambda: type('M', (type,), {'__slots__': ('a',)}))
attempt('kw', lambda: MetaA('C', (), {}, flag=1))
attempt('bases', lambda: MetaA('C', (1,), {}))
print(type(resolved()).__name__, MetaAB.__mro__)
