match 1:
    case [a, _] as a:
        pass
