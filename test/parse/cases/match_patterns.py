match x:
    case 0 | -1 | 1.5 | -2.5e3 | 1j | -1j | 1 + 2j | -1 - 2.5j | 0x1F:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case a.b | a.b.c:
        pass
    case (p,) | [p, _] | ((p, 1)):
        pass
    case [] | () | [_] | [_, _,]:
        pass
    case [a, *rest] | [*rest, a] | (a, *rest, _):
        pass
    case {} | {"k": _}:
        pass
    case {**kw}:
        pass
    case {"k": v, 1: w, a.b: z, **kw2}:
        pass
    case {None: n, True: t, -1: m, 1+1j: c}:
        pass
    case Point() | mod.Cls():
        pass
    case Point(x, y) | Point(x=x, y=y) | Point(1, y=y, x=x,) | mod.Cls(x, b=y):
        pass
    case [Point(x=0) as origin, (1 | 2) as small] as whole if whole:
        pass
    case _:
        pass

match a, *b:
    case x, y if (z := x):
        pass
    case *_,:
        pass

match (yield_ := 1):
    case (
        1
        | 2
    ):
        pass
    case {
        "a": [1, {"b": _}],
    }:
        pass
