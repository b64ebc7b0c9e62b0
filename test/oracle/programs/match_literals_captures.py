# match: literal, value and singleton patterns, captures, and the subject's reference on the stack: every case but the last (or the one before a trailing `case _`) works on a copy
import sys

class Limits:
    LOW = 10
    HIGH = 1000

def classify(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case None:
            return "none"
        case True:
            return "true"
        case "a" "b" | b"ab":
            return "ab"
        case -1 | 1+2j:
            return "signed/complex"
        case other:
            return f"other {other!r}"

for v in [0, 0.0, False, 10, 10.0, 1000, None, True, 1, "ab", b"ab", -1, 1+2j, "x"]:
    print(repr(v), classify(v))

def note(label):
    print(label, sys.getrefcount(data) - base)
    return True

data = [1.5, 2.5]
base = sys.getrefcount(data)
match data:
    case [1, 2]:
        pass
    case [x, y] if note("guard, not last:"):
        print("body:", sys.getrefcount(data) - base)
    case anything_else:
        pass
match data:
    case [x, y] if note("guard, last case:"):
        print("body:", sys.getrefcount(data) - base)
match data:
    case keep:
        print("capture:", sys.getrefcount(data) - base, keep is data)
