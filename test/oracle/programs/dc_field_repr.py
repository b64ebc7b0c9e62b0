# the reprs of Field objects and __dataclass_params__ (MISSING's address replaced by its name)
from dataclasses import dataclass, field, fields, InitVar, MISSING

M = repr(MISSING)


@dataclass(frozen=True)
class C:
    x: int
    y: list = field(default_factory=list, repr=False, metadata={'a': 1}, hash=False)
    z: InitVar[int] = 3


print(repr(fields(C)[1]).replace(M, 'MISSING'))
print(repr(fields(C)[0]).replace(M, 'MISSING'))
print(C.__dataclass_params__)
print(repr(C.__dataclass_fields__['z']).replace(M, 'MISSING'))
