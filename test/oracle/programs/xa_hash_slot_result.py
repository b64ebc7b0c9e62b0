# A user __hash__ may return any int: slot_tp_hash keeps a value within Py_hash_t and hashes a
# larger one as an int is hashed; an int subclass counts as an int; -1 becomes -2
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
class MyInt(int):
    pass
for v in [2**100, -(2**100), 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**61 - 1, 2**61, -1, -2, True, False, 0, 12345]:
    print(v, hash(H(v)))
print(hash(H(MyInt(7))), hash(H(MyInt(2**70))), hash(H(MyInt(-1))))
s = {H(2**100), H(549755813888)}
print(len(s))
d = {H(2**64): "big"}
print(list(d.values()))
for bad in [1.5, "x", None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print(e)
