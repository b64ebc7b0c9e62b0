# An except clause's tuple is checked whole before any item is matched: an item that is not an
# exception class raises TypeError even when an earlier item matches; nested tuples are refused
def attempt(label, exc, target):
    try:
        try:
            raise exc
        except target:
            print(label, "caught")
    except TypeError as e:
        print(label, "TypeError:", e, "| context:", type(e.__context__).__name__)
attempt("first matches", KeyError("k"), (KeyError, 5))
attempt("second matches", KeyError("k"), (ValueError, KeyError))
attempt("str item", ValueError(), (ValueError, "ValueError"))
attempt("nested", KeyError(), ((KeyError, ValueError), IndexError))
attempt("empty", KeyError(), ())
attempt("class not exc", KeyError(), (KeyError, int))
attempt("plain int", KeyError(), 5)
def risky():
    return {}["missing"]
try:
    risky()
except (LookupError, None):
    print("unreachable")
