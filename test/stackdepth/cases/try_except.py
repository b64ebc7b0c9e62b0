# try / except / else.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


def named(a):
    try:
        x = int(a)
    except ValueError as e:
        print('bad', e)
        x = 0
    except (TypeError, KeyError) as err:
        x = -1
        raise RuntimeError('wrapped') from err
    else:
        x += 1
    return x


def bare(f):
    try:
        f()
    except:
        pass


def multiple(f):
    try:
        return f()
    except KeyError:
        return 1
    except IndexError as e:
        return e.args
    except Exception:
        raise


def in_loop(items):
    out = []
    for it in items:
        try:
            out.append(1 / it)
        except ZeroDivisionError:
            continue
        except TypeError:
            break
    return out


def return_in_handler(d, k):
    try:
        v = d[k]
    except KeyError as missing:
        return str(missing)
    return v


try:
    import json
except ImportError:
    json = None
