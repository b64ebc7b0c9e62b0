# match: when temporary attribute values and replaced bindings die -- a failed pattern pops its stack top first; 3.11+ reorder a STORE_FAST after a wildcard's POP_TOP (apply_static_swaps)
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Shape:
    __match_args__ = ("a", "b", "c")
    a = property(lambda self: Noisy("a"))
    b = property(lambda self: Noisy("b"))
    c = property(lambda self: Noisy("c"))

print("-- the last sub-pattern fails")
match Shape():
    case Shape(x, y, 0):
        pass
    case _:
        print("no match")

print("-- the middle one fails")
match Shape():
    case Shape(x, [1], z):
        pass
    case _:
        print("no match")

def rebind():
    x = Noisy("old x")
    y = Noisy("old y")
    match Shape():
        case Shape(x, _, y):
            print("matched")
    print("leaving")

print("-- locals rebound")
rebind()

print("-- globals rebound")
g = Noisy("old g")
match [Noisy("new g"), Noisy("dropped")]:
    case [g, _]:
        print("matched")
del g
print("end")
