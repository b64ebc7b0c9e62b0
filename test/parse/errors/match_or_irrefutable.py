match 1:
    case [x | 1]:
        pass
