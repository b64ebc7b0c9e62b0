# PEP 563: how each version's AST unparser writes annotations back (precedence, spacing, reprs; 3.8 folds first)
from __future__ import annotations
def f(a: int, b: list[int], c: dict[str, int] | None = None, *args: 'str', d: (int, str), e: x.y.z, f: 1+2, g: -1, h: not x, i: a if b else c, j: a and b or c, k: f(x, *y, k=1, **z), l: x[1:2, ::3], m: x[int,], n: {a: b, **c}, o: {1, 2}, p: [a, b], q: 1 .real, r: 1.5, s: b'x', t: ..., u: a < b <= c is not d, v: 2**-1, w: (a + b) * c, x: a - (b - c), y: x[()], z: 1e309, aa: 3j, bb: ~x, cc: x @ y // z % w, dd: a << b >> c & d ^ e, ee: (a, ), gg: (-1) ** 2, hh: "it's", ii: 'a"b', jj: x[a:b], kk: x[:], ll: 0x10, mm: 1_000, nn: True, oo: None, pp: f()(), **kw: Z) -> Tuple[int, ...]: pass
for k, v in f.__annotations__.items(): print(k, v)
