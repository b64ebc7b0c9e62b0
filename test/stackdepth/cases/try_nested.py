# Nested try statements and exceptions in handlers.
def outer(f, g):
    try:
        try:
            f()
        except KeyError:
            g()
        except ValueError as e:
            try:
                g(e)
            except Exception as inner:
                return inner
    except Exception:
        return 'outer'
    return None


def handler_with_loop(items):
    try:
        raise ValueError(items)
    except ValueError as err:
        for x in items:
            if x:
                return err
        while items:
            items.pop()
            continue
    return None


def deep(a, b, c):
    try:
        try:
            try:
                return a / b / c
            finally:
                a += 1
        except ZeroDivisionError:
            return 0
    finally:
        print(a)


def raise_from(x):
    try:
        return {}[x]
    except KeyError as e:
        raise LookupError(x) from e
    except (IndexError, TypeError):
        raise LookupError(x) from None


def reraise_bare():
    try:
        1 / 0
    except ZeroDivisionError:
        print('caught')
        raise
