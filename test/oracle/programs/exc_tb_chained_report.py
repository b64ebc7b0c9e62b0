# An uncaught exception with a chain: __cause__ ("direct cause"), __context__ ("during handling"), "from None", and notes where add_note exists (3.11+), as each version's traceback printer writes them.
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e

def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ConfigError:
            if item == "skip":
                raise LookupError("skip is not allowed") from None
            out.append(0)
    return out

print(load(["1", "x", "3"]))
try:
    load(["skip"])
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def finish(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError as err:
        if hasattr(err, "add_note"):
            err.add_note("no values were given")
        report = {"count": len(values)}
        return report["mean"]

finish([])
