# Instances of str/int/float subclasses that keep their base's hash and equality are the same
# dict key as the equal builtin value: the entry keeps its first key object.
import sys
class S(str):
    pass
class I(int):
    pass
class F(float):
    pass
d = {"a": 1}
d[S("a")] = 2
print(d, len(d), type(list(d)[0]).__name__, sys.getsizeof(d))
e = {S("b"): 1}
e["b"] = 2
print(e, len(e), type(list(e)[0]).__name__, "b" in e, S("b") in e)
n = {1: "x", 2.5: "y"}
n[I(1)] = "z"
n[F(2.5)] = "w"
print(n, len(n), I(1) in n, F(2.5) in n, n.get(I(2)), n.get(F(1.0)))
print(S("a") in {"a"}, "a" in {S("a")}, len({S("a"), "a", S("a")}))
class Loud(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    __hash__ = str.__hash__
g = {Loud("k"): 1}
g["k"] = 2
print(len(g), g)
del d[S("a")]
print(d, len(d))
print({S("x"): 1}.pop("x"), dict.fromkeys([S("q"), "q"]))
