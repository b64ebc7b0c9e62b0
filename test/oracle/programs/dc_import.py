# importing dataclasses loads copy and functools (and what they import): the modules' counts after it
import sys
import gc
import dataclasses
gc.collect()


class Plain:
    pass


p = Plain()
print(dataclasses.is_dataclass(Plain), dataclasses.is_dataclass(p))
print(sys.getrefcount(dataclasses), sys.getrefcount(Plain))
import copy
import functools
import collections
print(sys.getrefcount(copy), sys.getrefcount(functools), sys.getrefcount(collections))
del p
items = [[i] for i in range(5)]
items.append(items)
del items
print(gc.collect())
