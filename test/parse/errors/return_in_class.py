class C:
    x = 1
    return x
