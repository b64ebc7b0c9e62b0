match 1:
    case C(__debug__=1):
        pass
