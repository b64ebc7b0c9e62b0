# PEP 563: 3.8 writes an assignment expression in an annotation back as (y:=(a + b)); 3.10+ refuse it in the annotation's own symbol block
from __future__ import annotations
def f(x: (y := a + b), z: (w := 1)): pass
print(f.__annotations__)
