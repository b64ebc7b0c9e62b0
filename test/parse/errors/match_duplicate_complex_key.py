match {}:
    case {-1j: a, -0.0 - 1j: b}:
        pass
