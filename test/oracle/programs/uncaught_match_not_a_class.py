# match: a class pattern whose name is not a class is a TypeError raised while matching ('must be a type' until 3.11, 'a class' from 3.12)
class Handlers:
    number = int
    length = len

for value in [5, "five"]:
    match value:
        case Handlers.number(n):
            print("number", n)
        case str(s):
            print("text", s)

match [1, 2]:
    case Handlers.length():
        print("unreachable")
