match 1:
    case [y, (y | y)]:
        pass
