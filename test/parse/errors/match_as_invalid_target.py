match 1:
    case x as 1:
        pass
