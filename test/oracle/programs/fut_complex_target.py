# PEP 563: a complex target's annotation is dropped on 3.10+, evaluated (NameError) on 3.8
from __future__ import annotations
class K:
    pass
k = K()
k.a: int = 1
k.b: NotDefined
print(k.a)
