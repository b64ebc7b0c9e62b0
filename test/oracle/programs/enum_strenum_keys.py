# StrEnum members as dict keys and in joins/sorting; an alias; a method and a property on the class.
import sys, gc
if sys.version_info >= (3, 11):
    from enum import StrEnum, auto
    gc.collect()

    class Method(StrEnum):
        GET = auto()
        POST = auto()
        FETCH = "get"
        def shout(self):
            return self.upper() + "!"
        @property
        def short(self):
            return self[:1]
    routes = {Method.GET: "list", Method.POST: "create"}
    print(routes["get"], sorted(Method, reverse=True), ", ".join(Method), Method.FETCH is Method.GET)
    print(Method.POST.shout(), Method.POST.short, sys.getrefcount(Method.GET), len(Method))
    print(max(Method), Method.GET < "z", "get" in Method.__members__, Method("post").name)
    del routes
    print(gc.collect())
else:
    print("3.11+")
