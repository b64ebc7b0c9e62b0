command = "go north"
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case {"x": x, **rest}:
        pass
    case 1 | 2 | 3:
        pass
    case _:
        pass

match x, y:
    case (a, b) if a > b:
        pass

match = 1
case = 2
print(match, case)
