# match: OR patterns try each alternative on a copy of the subject; AS patterns bind the whole; every alternative binds the same names
import sys

def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"go {direction}"
        case ["pick", "up", item] | ["take", item] | ["grab", item, *_]:
            return f"take {item}"
        case [("quit" | "exit" | "bye")] as words:
            return f"quit via {words}"
        case [verb, *rest] if len(rest) > 2:
            return f"{verb}: too many words"
        case [verb, *rest]:
            return f"unknown {verb} {rest}"
        case []:
            return "nothing"

for c in ["go north", "go up", "pick up lamp", "take key", "grab sword now",
          "bye", "dance with me now", "jump", ""]:
    print(repr(c), "->", parse(c))

def swap_order(pair):
    match pair:
        case (int(a), str(b)) | (str(b), int(a)):
            return a, b

print(swap_order((1, "x")), swap_order(("y", 2)), swap_order((1, 2)))

big = [object() for _ in range(3)]
def refs():
    return [sys.getrefcount(big[i]) for i in range(3)]
base = refs()
match big:
    case [x, y, z] | [z, y, x, _] as whole:
        print([r - b for r, b in zip(refs(), base)], whole is big)
del x, y, z, whole
print([r - b for r, b in zip(refs(), base)])
