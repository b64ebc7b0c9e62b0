# match: class pattern errors are TypeErrors raised while matching (3.12+ say 'called match pattern must be a class'); a missing attribute is just no match
class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
class IntArgs:
    __match_args__ = ("a", 2)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    a = b = 0
class Missing:
    __match_args__ = ("nope",)
class Raising:
    @property
    def value(self):
        raise LookupError("value is broken")

not_a_class = len
def run(label, subject, f):
    try:
        print(label, "->", f(subject))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def p1(s):
    match s:
        case not_a_class():
            return "matched"
def p2(s):
    match s:
        case NoArgs(x):
            return x
def p3(s):
    match s:
        case ListArgs(x):
            return x
def p4(s):
    match s:
        case IntArgs(x, y):
            return x
def p5(s):
    match s:
        case Two(x, y, z):
            return x
def p6(s):
    match s:
        case Two(x, a=y):
            return x
def p7(s):
    match s:
        case int(x, y):
            return x
def p8(s):
    match s:
        case Missing(x):
            return x
        case _:
            return "no match (AttributeError swallowed)"
def p9(s):
    match s:
        case Raising(value=v):
            return v

run("p1", 1, p1); run("p2", NoArgs(), p2); run("p3", ListArgs(), p3); run("p4", IntArgs(), p4)
run("p5", Two(), p5); run("p6", Two(), p6); run("p7", 5, p7); run("p8", Missing(), p8); run("p9", Raising(), p9)
