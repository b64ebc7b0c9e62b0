# 3.13's __replace__ is dataclasses' own _replace function, shared by every dataclass (its __qualname__ untouched)
from dataclasses import dataclass
@dataclass
class C:
    x: int
@dataclass
class D:
    y: int
print(getattr(C, "__replace__", C.__init__).__qualname__, getattr(D, "__replace__", D.__repr__).__qualname__)
print(C(1).__replace__(x=2) if hasattr(C, "__replace__") else C(2))
