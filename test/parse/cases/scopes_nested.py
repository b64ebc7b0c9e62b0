counter = 0


def increment():
    global counter
    counter += 1


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x, y
        x += 1
        y += 1

        def innermost():
            global counter
            return counter

        return innermost

    return inner


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def uses_global():
    global a, b
    a = b = 1
