# match statements: every kind of pattern, per version's pattern compiler
import sys

def values(x):
    match x:
        case 0 | -1 | 1.5 | 2j | 1 + 2j | "s" | b"b":
            return 1
        case None | True | False:
            return 2
        case sys.maxsize:
            return 3
        case _:
            return 4

def sequences(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b, c, d, e]:
            return a
        case [a, *rest]:
            return rest
        case [*_, last]:
            return last
        case [first, *_, l1, l2]:
            return first
        case (a, [b, (c, d)], *_):
            return c
        case [_, _, *_]:
            return None

def mappings(x):
    match x:
        case {}:
            return 0
        case {"a": 1}:
            return 1
        case {"a": a, "b": [b1, b2], **rest}:
            return rest
        case {sys.maxsize: v, "k": _}:
            return v
        case {**rest}:
            return rest

class Point:
    __match_args__ = ("x", "y", "z")

def classes(x):
    match x:
        case Point():
            return 0
        case Point(1, 2, 3):
            return 1
        case Point(x=[a, b], y={"k": c}, z=Point(d)):
            return a
        case Point(_, _, q, x=_):
            return q
        case int(n) | float(n):
            return n
        case sys.modules.__class__():
            return None

def ors_and_as(x):
    match x:
        case [a, b] | [b, a, _] | (a, b, _, _):
            return a
        case ([p, q, r] | [r, q, p, _, _]) as whole:
            return whole
        case Point(x=(1 | 2) as one) | Point(y=one):
            return one
        case (1 | 2 | 3) as small if small > 1:
            return small
        case {"k": ([x1, x2] | (x2, x1, _)), **kw}:
            return kw

def guards(x, y):
    match x, y:
        case (a, b) if a > b and b > 0 or a < 0:
            return 1
        case (a, _) if (z := a):
            return z
        case _ if y:
            return 2
    return 3

def in_loops(items):
    out = []
    for it in items:
        while True:
            match it:
                case [k, v]:
                    out.append(k)
                    break
                case {"k": v} if v:
                    continue
                case _:
                    break
        try:
            match it:
                case Point(x=v):
                    raise ValueError(v)
        except ValueError:
            pass
    return out

def gen(xs):
    for x in xs:
        match x:
            case [a, *b]:
                yield a, b
            case _:
                yield None

match sys.argv:
    case [name, *args] if args:
        pass
    case [name]:
        pass

class InClass:
    match __name__:
        case "InClass" | "__main__" as n:
            found = n
        case other:
            found = other

wildcard_only = lambda v: [1 for _ in [0]]
def only_default(x):
    match x:
        case _:
            return 1

def lone_capture(x):
    match x:
        case y:
            return y
