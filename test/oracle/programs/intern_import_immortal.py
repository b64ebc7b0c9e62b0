# 3.13 loads an imported module's code from its .pyc and interns the strings of its code as
# immortal: a string the script interned before the import (or interns after it) becomes that
# immortal object. (3.8-3.11 count the module's references instead; 3.12 interns immortal anyway.)
import sys
word = "lastelt"
other = "newitem"
plain = "childpos_x"
print(sys.getrefcount(word), sys.getrefcount(other), sys.getrefcount(plain))
import heapq
late = sys.version_info >= (3, 12)
if late:
    print(sys.getrefcount(word), sys.getrefcount(other))
print(sys.getrefcount(plain))
h = []
heapq.heappush(h, 3)
if late:
    print(h, sys.getrefcount("direction"), sys.getrefcount(sys.intern("heap" + "ify")))
s = "".join(["bino", "mialvariate"])
t = sys.intern(s)
print(sys.getrefcount(t))
import random
if late:
    print(sys.getrefcount(t), sys.getrefcount("binomialvariate"))
print(t == "binomialvariate")
