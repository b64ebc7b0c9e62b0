# Sets of strings iterate in hash order: with PYTHONHASHSEED=0 (SipHash, zero key) it is fixed.
import sys
words = "the quick brown fox jumps over the lazy dog and keeps running far away".split()
unique = set(words)
print(unique)
print(sorted(unique) == sorted(set(words)), len(unique), sys.getsizeof(unique))
print(hash("a"), hash(""), hash("abcdefgh"), hash("abcdefghi"), hash(b"a") == hash("a"))
print(hash("é"), hash("\u20ac"), hash("\U0001F600"), hash(b"\xff" * 9))
tags = {"red", "green", "blue"}
tags.discard("green")
tags.add("yellow")
print(tags, frozenset(tags) | {"black"})
names = set()
for i in range(40):
    names.add("n" + str(i))
print(list(names)[:12], sys.getsizeof(names))
print({w: len(w) for w in set(words) if len(w) > 4})
print({"b", "a"} == {"a", "b"}, hash(frozenset({"a", "b"})) == hash(frozenset({"b", "a"})))
