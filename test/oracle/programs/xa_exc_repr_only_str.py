# A class that defines __repr__ but not __str__ inherits its base's tp_str: an exception's str()
# is still BaseException_str (its args), while an int, float or plain object falls back to __repr__
class ApiError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __repr__(self):
        return f"ApiError(code={self.code})"
e = ApiError(404, "not found")
print(str(e), repr(e), f"{e}", f"{e!r}", [e], "%s" % e, "{}".format(e))
class Sub(ApiError):
    pass
print(str(Sub(1, "sub msg")), repr(Sub(1, "x")))
class Multi(KeyError):
    def __repr__(self):
        return "Multi!"
print(str(Multi("k")), repr(Multi("k")), str(Multi()))
class I(int):
    def __repr__(self):
        return "I!"
class Fl(float):
    def __repr__(self):
        return "Fl!"
class O:
    def __repr__(self):
        return "O!"
print(str(I(5)), str(Fl(1.5)), str(O()), f"{I(3)}", format(O()) if False else "")
class L(list):
    def __repr__(self):
        return "L!"
print(str(L([1])), str(L()))
try:
    raise ApiError(500, "server exploded")
except Exception as err:
    print("caught:", err)
raise ApiError(401, "unauthorized")
