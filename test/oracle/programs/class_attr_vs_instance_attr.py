# An instance attribute shadows a class attribute; the class attribute is shared by all instances.
import sys
class Config:
    shared = []
    count = 0
    def __init__(self):
        Config.count += 1
a = Config()
b = Config()
a.shared.append(1)
print(b.shared, Config.count, a.count)
a.shared = ['own']
print(a.shared, b.shared, Config.shared)
print(sys.getrefcount(Config.shared))
del a.shared
print(a.shared)
a.count = 99
print(a.count, b.count, Config.count)
