match 1:
    case (a, b) | (b, c):
        pass
