# Attribute and global names are interned strings: setattr interns the name, so every instance dict shares one key object.
import sys
class C:
    pass
objs = [C() for i in range(3)]
name = ''.join(['at', 'tr'])
print(sys.getrefcount(name))
for o in objs:
    setattr(o, name, 1)
print(sys.getrefcount(name))
key = sys.intern(name)
print(key is name, sys.getrefcount(name))
d = {}
d[name] = 1
print(sys.getrefcount(name))
g = globals()
g[name] = 2
print(sys.getrefcount(name), attr)
