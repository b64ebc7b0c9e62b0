# string annotations naming InitVar/KW_ONLY are found through the class's module, as dataclasses' regex does
import sys
import dataclasses
from dataclasses import dataclass, InitVar, fields


@dataclass
class S:
    a: 'int'
    b: 'InitVar[int]' = 1
    c: 'dataclasses.InitVar[str]' = 'q'
    d: 'ClassVar[int]' = 4
    e: 'other.InitVar' = 5

    def __post_init__(self, b, c):
        self.t = (b, c)


s = S(0)
print(s, s.t, [f.name for f in fields(S)], S.__doc__)
if sys.version_info >= (3, 10):
    KW_ONLY = dataclasses.KW_ONLY

    @dataclass
    class K:
        a: int
        _: 'KW_ONLY'
        b: int = 0

    print(K(1, b=2), K.__doc__)
