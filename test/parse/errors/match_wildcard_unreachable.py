match 1:
    case 0:
        pass
    case _:
        pass
    case 1:
        pass
