# return/break/continue interacting with finally, with and loops.
def continue_in_finally(items):
    total = 0
    for i in items:
        try:
            total += i
        finally:
            continue
    return total


def break_in_try(items):
    for i in items:
        try:
            break
        finally:
            print(i)


def return_in_try_in_loop(items):
    for i in items:
        try:
            if i:
                return i
        finally:
            print('f')
    return None


def return_in_with_in_for(items, cm):
    for i in items:
        with cm:
            if i:
                return i * 2
            continue
    return 0


def return_value_in_except(f):
    try:
        f()
    except Exception as e:
        return f(e, 1, 2)
    finally:
        f()


def return_const_in_finally_loop(items):
    while items:
        try:
            items.pop()
        finally:
            if not items:
                return 'empty'
    return 'done'


def nested_with_finally(cm, f):
    with cm:
        try:
            return f()
        finally:
            with cm:
                f()


def try_else_finally(f):
    try:
        r = f()
    except KeyError:
        return -1
    else:
        return r + 1
    finally:
        f()


def raise_in_finally(f):
    try:
        f()
    finally:
        raise RuntimeError('x')


def deep_return(a):
    for x in a:
        with x:
            try:
                for y in x:
                    try:
                        return [x, y]
                    finally:
                        pass
            except Exception:
                continue
    return None
