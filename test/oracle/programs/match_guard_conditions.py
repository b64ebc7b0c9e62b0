# match: a guard is a condition like an if's -- `and`/`or`/`not`/`x if c else y` test each operand once (no value is built), names bound by the pattern and by := are visible
calls = []

class Flag:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __bool__(self):
        calls.append(self.name)
        return self.value

def check(label, subject):
    calls.clear()
    match subject:
        case [a, b] if Flag("a>b", a > b) and Flag("b>0", b > 0):
            result = "both"
        case [a, b] if Flag("a<0", a < 0) or Flag("b<0", b < 0):
            result = "a negative"
        case [a, b] if not (Flag("a==b", a == b) or Flag("a==0", a == 0)):
            result = "unequal"
        case [a, b] if Flag("x", True) if a else Flag("y", False):
            result = "chosen"
        case [a, *rest] if (n := len(rest)) > 2:
            result = f"long, {n} more"
        case _:
            result = "none"
    print(label, result, calls)

check("3,1", [3, 1])
check("-1,5", [-1, 5])
check("1,2", [1, 2])
check("2,2", [2, 2])
check("0,0", [0, 0])
check("long", [0, 1, 2, 3])

if Flag("if-a", False) and Flag("if-b", True):
    pass
assert Flag("assert-a", True) or Flag("assert-b", False)
print([x for x in range(3) if Flag(f"c{x}", x > 0) and Flag(f"d{x}", x < 2)], calls[-4:])
