# Errors of class keywords: object.__init_subclass__ takes none, bad metaclasses and __prepare__, type()'s argument checks
class Base:
    pass
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except TypeError as e:
        print('TypeError', e)
def subclass_with_keyword():
    class Sub(Base, color='red'):
        pass
def two_keywords():
    class Sub(size=1, weight=2):
        pass
def metaclass_not_callable():
    class Sub(metaclass=1):
        pass
class BadPrepare:
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return 7
def prepare_not_mapping():
    class Sub(metaclass=BadPrepare):
        pass
attempt(subclass_with_keyword)
attempt(two_keywords)
attempt(metaclass_not_callable)
attempt(prepare_not_mapping)
attempt(lambda: type('T', (), {}, flag=True))
attempt(lambda: type(1, flag=True))
attempt(lambda: type('T', ()))
attempt(lambda: type.__new__(type, 'T', (), {}, 5))
attempt(lambda: type.__new__(int, 'T', (), {}))
attempt(lambda: type.__new__(1, 'T', (), {}))
attempt(lambda: object.__new__(dict))
attempt(lambda: type.__init__(Base, 'T', flag=1))
attempt(lambda: type.__init__(Base, 'T', ()))
attempt(lambda: object.__init_subclass__(1))
attempt(lambda: Base.__init_subclass__(flag=1))
attempt(lambda: type.__prepare__('T', (), anything=1))
