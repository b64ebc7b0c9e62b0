# enum.Flag with auto(): values 1,2,4, |, &, ^, ~, in, bool, Perm(3), repr/str/format of members and composites per version
import sys
from enum import Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print([m.value for m in Perm], len(Perm), list(Perm))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(Perm.R in rw, Perm.X in rw, rw in rw, Perm(0) in rw, rw in Perm.R)
print(repr(~Perm.R), str(~rw), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(repr(Perm.R & Perm.W), repr(Perm.R ^ rw), repr(rw & Perm.W), repr(rw ^ rw))
print(format(rw), f'{Perm.R}', '{:>12}|'.format(Perm.W), '%s %r' % (rw, rw), format(Perm.X, ''))
print(Perm(3) is rw, Perm(7), Perm['W'], Perm(Perm.R), Perm.R.name, Perm.R.value, Perm(7) is (rw | Perm.X))
print(hash(Perm.R) == hash('R'), Perm.R == Perm(1), Perm.R != rw, {Perm.R: 1, rw: 2}[Perm(3)], Perm.R in Perm)
print(repr(Perm), str(Perm), Perm.__name__, type(rw).__name__, isinstance(rw, Perm), Perm.__members__.keys() == {'R', 'W', 'X'})
print(sorted(Perm._value2member_map_), Perm._member_names_, list(Perm.__members__))
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
print(list(Color), len(Color), repr(Color.WHITE), repr(Color(7)), repr(Color(5)), str(Color(5)), repr(~Color.RED), repr(~Color.WHITE))
print(list(Color.__members__), Color.WHITE is Color(7), Color._member_names_)
for bad in (8, 9):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', str(e).splitlines()[0])
