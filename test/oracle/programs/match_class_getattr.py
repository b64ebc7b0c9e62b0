# match: a class pattern's lookups as a __getattribute__ sees them -- __class__ when the isinstance check fails, then each attribute once, positional ones first
log = []

class Traced:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)

class Unrelated:
    pass

class Faker:
    @property
    def __class__(self):
        return Unrelated

def check(subject):
    log.clear()
    match subject:
        case Unrelated():
            result = "unrelated"
        case int() | str():
            result = "builtin"
        case Traced(1, 9):
            result = "a=1 b=9"
        case Traced(1, b, c=3) if b > 1:
            result = f"b={b}"
        case _:
            result = "nothing"
    print(result, log)

check(Traced())
t = Traced()
t.c = 0
check(t)
log.clear()
match Faker():
    case Unrelated():
        print("a Faker passes for Unrelated", isinstance(Faker(), Unrelated))
