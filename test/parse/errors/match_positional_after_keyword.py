match 1:
    case C(1, a=1, b, c, d=2):
        pass
