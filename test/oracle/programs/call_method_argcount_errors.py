# Argument-count errors of builtin methods: 3.10+ name the type (list.append()), METH_VARARGS ones from 3.11
import sys
calls = [
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].append(x=1), lambda: [].clear(1),
    lambda: [].pop(1, 2), lambda: [].insert(1), lambda: [].index(), lambda: [].count(), lambda: [].pop(x=1),
    lambda: list.append(), lambda: {}.get(), lambda: {}.keys(1), lambda: {}.get(x=1), lambda: {}.popitem(1),
    lambda: set().add(), lambda: set().pop(1), lambda: set().union(x=1), lambda: set().update(x=1),
    lambda: frozenset().copy(1), lambda: (1,).count(), lambda: "".startswith(), lambda: "".count(),
    lambda: "".find(), lambda: "".startswith(x=1), lambda: "".replace("a"), lambda: "".replace("a", "b", 1, 2),
    lambda: "".upper(1), lambda: "".join(), lambda: "".strip(1, 2), lambda: "".partition(),
    lambda: "".split(1, 2, 3), lambda: b"".startswith(), lambda: b"".count(), lambda: b"".upper(1),
    lambda: b"".join(), lambda: b"".replace(b"a"), lambda: b"".hex(1, 2, 3), lambda: b"".strip(1, 2),
    lambda: len(), lambda: len(x=1), lambda: sys.getrefcount(), lambda: sys.getsizeof(), lambda: sys.intern(),
    lambda: "".__len__(1), lambda: "".__len__(x=1), lambda: [].__getitem__(), lambda: (1).__add__(),
    lambda: [].__setitem__(1), lambda: object().__sizeof__(1), lambda: object().__eq__(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
print("abc".replace("b", "B"), "a-b-c".count("-"), "abc".startswith("a"))
