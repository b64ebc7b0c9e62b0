# enum.IntFlag: arithmetic with ints, |/&/^/~ with ints, pseudo-members for unknown bits and negatives, str/repr/format per version
import sys
from enum import IntFlag, auto
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(list(P), len(P), repr(P.R | P.W), str(P.R | P.W), format(P.R | P.W), f'{P.X}', f'{P.X!r}', '%d %s %r' % (P.W, P.W, P.W))
print(P.R + 1, P.R * 2, -P.R, P.R << 1, P.R // 3, int(P.R | P.X), P.R == 4, hash(P.R) == hash(4), {4: 'r'}[P.R], sorted([P.R, P.X, P.W]))
print(repr(P.R | 8), repr(8 | P.R), repr(P.R & 6), repr(6 & P.R), repr(P.R ^ 5), repr(1 ^ P.R), type(P.R | 8).__name__, type(P.R + 1).__name__)
print(repr(~P.R), str(~P.R), repr(~P.X), int(~P.R), repr(P(0)), str(P(0)), bool(P(0)), repr(P(9)), str(P(9)))
print(repr(P(-1)), repr(P(-8)), int(P(-1)), repr(P(16 | 4)), P(16 | 4) is P(20))
print(sorted(P._value2member_map_), P._member_names_)
print(P.R in (P.R | P.W), P.X in (P.R | P.W), P(7) is (P.R | P.W | P.X), P(2) is P.W, P['R'])
for bad in ('x', 1.5):
    try:
        P(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Q(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([int(m) for m in Q], repr(Q.A | Q.C), str(Q.B | Q.C), max(Q), sum(Q), Q.C > Q.A, Q.A | 2 == 3)
