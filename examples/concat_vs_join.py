# Building a string with += copies it again and again (CPython can resize in place only while
# nothing else refers to it); "".join(parts) sizes the result once.
# heap: python=3.8,3.12
s = ""
for i in range(200):
    s += "x"
# @expect[3.8] getsizeof(s) == 249
# @expect[3.12] getsizeof(s) == 241
parts = []
for i in range(200):
    parts.append("x")
t = "".join(parts)
# @expect[3.8] getsizeof(t) == 249
# @expect[3.12] getsizeof(t) == 241
print(s == t)
