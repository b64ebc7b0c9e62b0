match x:
    case 0 | -1 | 1.5 | -2.5e3 | 1j | -1j | 1 + 2j | -1 - 2.5j | 0x1F:
        pass
    case "a" "b" | b"c" | f"{y}":
        pass
    case None | True | False:
        pass
    case a.b | a.b.c:
        pass
    case (p) | (p,) | ():
        pass
    case [] | [a] | [a, b,] | [a, *rest] | [*_, last] | (a, *_, b):
        pass
    case {} | {**kw} | {"k": v, 1: w, a.b: z, **kw2} | {None: n, True: t, -1: m, 1+1j: c}:
        pass
    case Point() | Point(x, y) | Point(x=0, y=y2) | Point(1, y=2,) | mod.Cls(a, b=c):
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
