# KW_ONLY (3.10+): the fields after the sentinel are keyword-only parameters of __init__
import sys
import gc
import dataclasses
from dataclasses import dataclass, field, fields
gc.collect()
if sys.version_info >= (3, 10):
    KW_ONLY = dataclasses.KW_ONLY

    @dataclass
    class Req:
        url: str
        _: KW_ONLY
        timeout: float = 1.0
        retries: int = 3

    r = Req('x', retries=5)
    print(r, Req.__doc__, Req.__match_args__, [f.kw_only for f in fields(Req)])
    try:
        Req('x', 2.0)
    except TypeError as e:
        print('TypeError', e)
    try:
        @dataclass
        class Two:
            a: int
            _: KW_ONLY
            b: int = 0
            c: KW_ONLY
    except TypeError as e:
        print('TypeError', e)

    @dataclass(kw_only=True)
    class AllKw:
        a: int
        b: int = 0
        c: int = field(kw_only=False)

    print(AllKw(1, a=2), AllKw.__doc__, AllKw.__match_args__)
    print(sys.getsizeof(r), sys.getrefcount(Req))
else:
    print('3.8: no KW_ONLY')
print(gc.collect())
