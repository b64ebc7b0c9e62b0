# A proxy outlives its referent: every use then raises ReferenceError (the traceback points at the use)
import sys, weakref

class Session:
    def __init__(self, user):
        self.user = user
    def greet(self):
        return "hello " + self.user

s = Session("bob")
p = weakref.proxy(s)
print(p.greet(), sys.getrefcount(s))
del s
print(type(p).__name__, sys.getrefcount(p))
for op in (lambda: p.user, lambda: str(p), lambda: p == 1, lambda: bool(p), lambda: len(p), lambda: p + 1):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
print("hasattr raises too:", end=" ")
try:
    hasattr(p, "user")
except ReferenceError:
    print("yes")
print(p is p, repr(p).startswith("<weakproxy at "))

def greet_all(people):
    return [person.greet() for person in people]

print(greet_all([p]))
