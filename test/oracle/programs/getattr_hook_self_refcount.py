# __getattr__ and __getattribute__ run through slot_tp_getattr_hook, which binds them up to 3.11
import sys


class Lazy:
    def __getattr__(self, name):
        print('getattr', name, sys.getrefcount(self))
        return len(name)


class Logged:
    def __getattribute__(self, name):
        print('getattribute', name, sys.getrefcount(self))
        return object.__getattribute__(self, name)


lz = Lazy()
print(lz.abc, getattr(lz, 'xy'))
lg = Logged()
lg.v = 5
print(lg.v)
print(hasattr(lz, 'q'))


class Both:
    def __getattribute__(self, name):
        print('both getattribute', name, sys.getrefcount(self))
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print('both getattr', name, sys.getrefcount(self))
        return 0


b = Both()
print(b.missing)
