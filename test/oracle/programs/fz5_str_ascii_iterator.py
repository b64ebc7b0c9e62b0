# 3.11+ iter() of a compact ASCII str is a str_ascii_iterator (unicodeobject.c unicode_iter), a
# separate type from str_iterator; 3.8/3.10 have only str_iterator.
import sys, gc
for s in ["", "abc", "h\xe9", "\u20ac", "a\U0001f600"]:
    it = iter(s)
    print(type(it).__name__, sys.getsizeof(it), gc.is_tracked(it), list(it))
a = iter("xyz")
b = iter("\xe9")
print(type(a) is type(b), type(a) is type(iter("")))
print(next(a), "".join(a), list(a))
print(sorted("cab"), max("hello"), "".join(reversed("abc")), list(zip("ab", "\xe9\xe8")))
