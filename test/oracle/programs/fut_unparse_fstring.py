# PEP 563: f-strings in annotations written back as the unparser does (fields unparsed, literal braces doubled, the body's repr after an f)
from __future__ import annotations
def f(a: f"{x}", b: f"a{x!r:>{w}}b", c: f'{x=}', d: f"it's {y}", e: f"{'q'}", g: f"{x:%H}{{}}") -> f"{x}" "lit": pass
import sys
def f2(a: f"{ {1: 2} }", c: f"{x:{y}.{z}f}", d: f"{(lambda: 1)()}", e: f"x\ny{z}", g: f"{x!s:}", h: f"", i: f"{x}{y}", j: list[f"{T}"]) -> f"{{lit}}": pass
for k, v in f2.__annotations__.items(): print(k, v)
print(sys.getrefcount(f2.__annotations__['i']))
for k, v in f.__annotations__.items(): print(k, v)
