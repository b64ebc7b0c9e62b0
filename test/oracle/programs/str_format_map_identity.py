# str.format_map keeps the string object itself like str.format; %a builds a new one; split(None, 0) copies
import sys
w = "a b-" * 3
print(sys.getrefcount(w))
r = "{x}".format_map({"x": w})
print(r is w, sys.getrefcount(w))
lit = "no fields here"
print(lit.format_map({}) is lit, lit.format() is lit)
print("{x:>5}".format_map({"x": w}) is w, "{x:>20}|".format_map({"x": w}))
a = "%a" % w
print(a is w, a, sys.getrefcount(w))
s = "%s" % w
print(s is w, sys.getrefcount(w))
print("%a|%r|%s" % ("é", "é", 42), "{x!a}".format_map({"x": "é€"}))
class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Defaults(name="Ann")))
try:
    "{0}".format_map({})
except ValueError as e:
    print(e)
t = "abc def  "
u = "abcdef"
print(t.split(None, 0), t.split(None, 0)[0] is t, u.split(None, 0)[0] is u)
print(u.split()[0] is u, u.split(None, 1)[0] is u, u.rsplit(None, 0)[0] is u, u.rsplit()[0] is u)
print(u.split(",", 0)[0] is u, "a,b".split(",", 0))
