# str and bytes hash the same data: hash(b"a") == hash("a"), yet b"a" != "a" stays two keys
print(hash(b"a") == hash("a"), hash(b"") == hash("") == 0)
# a str hashes its 1-, 2- or 4-byte-per-character form (PEP 393), little-endian
print(hash("\xe9") == hash(b"\xe9"), hash("\u0100") == hash(b"\x00\x01"))
print(hash("\u0100") == hash("\x00\x01"), hash("\U0001F600") == hash(b"\x00\xf6\x01\x00"))
print(hash("ab") == hash(b"ab"), hash("ab") == hash("ba"))
# equal hashes, unequal objects: a dict and a set keep both
d = {b"a": 1, "a": 2}
print(len(d), d[b"a"], d["a"], d.get(b"b"), {b"a": 1}.get("a"))
s = {b"k", "k", b"k"}
print(len(s), b"k" in s, "k" in s, "q" in s, "a" in {b"a"})
fs = frozenset(["x"])
print("x" in fs, b"x" in fs)
# tuples combine the item hashes
print(hash(("a", b"a")) == hash((b"a", "a")), hash(("a",)) == hash((b"a",)))
class S(str):
    pass
print(hash(S("zz")) == hash("zz"), hash(b"zz") == hash(S("zz")), S("zz") in {b"zz"})
