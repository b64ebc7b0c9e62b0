# try / finally, including return inside try and finally.
def cleanup(f, log):
    try:
        return f()
    finally:
        log.append('done')


def both(f):
    try:
        r = f()
    except ValueError:
        r = None
    else:
        r = r * 2
    finally:
        print('finally')
    return r


def return_in_finally(x):
    try:
        x = x + 1
    finally:
        return x


def return_both(x):
    try:
        return x * 2
    finally:
        return x


def break_in_finally(items):
    for i in items:
        try:
            if i:
                continue
        finally:
            if i > 3:
                break
    return i


def loop_in_finally(items):
    try:
        pass
    finally:
        for i in items:
            if i:
                break
    return items


def nested_finally(a):
    try:
        try:
            return a[0]
        finally:
            a.append(1)
    finally:
        a.append(2)


def with_return_value(f, g):
    try:
        return f(g(1), g(2))
    finally:
        g(3)


def finally_defines():
    try:
        x = 1
    finally:
        def helper():
            return 2
    return helper() + x
