match {}:
    case {f"x": a}:
        pass
