# The first keyword call of a builtin type's argument parser makes its keyword tuple (3.8-3.11):
# also when reached through T.__new__(T, ...) (tp_new_wrapper), and through a subclass, whose call
# goes to tp_new even where the type's own vectorcall parses by hand (3.11's enumerate)
import gc
gc.collect()

class E(enumerate):
    pass

def delta(f):
    c0 = gc.get_count()[0]
    f()
    return gc.get_count()[0] - c0

print(delta(lambda: int.__new__(int, "ff", base=16)))
print(delta(lambda: int("ff", base=16)))
print(delta(lambda: enumerate("abc", start=5)))
print(delta(lambda: E("abc", start=5)))
print(delta(lambda: enumerate.__new__(enumerate, "abc", start=5)))
print(delta(lambda: E("abc", start=1)))
print(list(E("ab", start=7)), gc.get_count())
