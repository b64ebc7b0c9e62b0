match 1:
    case C(a=[1, 2], b=3, a=y):
        pass
