# PEP 563: lambdas (parameters, defaults, the 'lambda*' quirk), comprehensions and generator expressions written back by the unparser
from __future__ import annotations
def f(a: lambda: 0, b: lambda x, y=1, *z, k, m=2, **w: x + y, c: lambda x, /, y: x, d: (lambda: 1)(), e: lambda *, k: k, g: [x for x in y if x if not x], h: {k: v for k, v in d.items()}, i: {x for x in y}, j: f(x for x in y), k: (x for x, in y for z in x), l: f(a, (x for x in y)), m: lambda x: lambda y: x, o: [x async for x in y]) -> lambda: 2: pass
for k, v in f.__annotations__.items(): print(k, v)
