# How deep a recursion gets before RecursionError when each level also prints, converts, formats, compares or calls builtins (C-level checks share the limit up to 3.11).
import sys

def reach(work):
    best = 0
    def rec(n):
        nonlocal best
        best = n
        work(n)
        rec(n + 1)
    try:
        rec(0)
    except RecursionError as e:
        return best, str(e)

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Box(%r)" % (self.v,)

boxes = [Box(i) for i in range(200)]
sys.setrecursionlimit(150)
works = {
    "nothing": lambda n: None,
    "print": lambda n: print(n, end=" "),
    "str": lambda n: str(n),
    "fstring": lambda n: f"{n}",
    "fstring_float": lambda n: f"{n / 2:.1f}",
    "repr_obj": lambda n: repr(boxes[n]),
    "compare": lambda n: n < 10**20,
    "str_compare": lambda n: "a" < "b",
    "len": lambda n: len("abc"),
    "append": lambda n: [].append(n),
    "sorted": lambda n: sorted([3, 1, 2]),
    "max": lambda n: max(1, 2),
    "dict_get": lambda n: {}.get(n),
    "join": lambda n: "-".join(["a", "b"]),
    "isinstance": lambda n: isinstance(n, int),
    "tuple": lambda n: tuple(),
    "object": lambda n: object(),
    "percent": lambda n: "%s-%r" % (n, n),
    "round": lambda n: round(n, -1),
    "in_tuple": lambda n: isinstance(n, (str, bytes, int)),
    "format_spec": lambda n: format(n, ">5"),
    "join_map": lambda n: ",".join(map(str, (1, 2))),
}
results = {}
for name, work in works.items():
    results[name] = reach(work)
print()
for name, (depth, msg) in results.items():
    print(f"{name:14} {depth:4} {msg}")
sys.setrecursionlimit(1000)
