# The '' singleton's count in a module without functions: its start-up count plus this program's
# own references (3.8-3.11; immortal from 3.12). Importing sys must not add one.
import sys
print(sys.getrefcount(str()))
e = "abc"[5:]
print(sys.getrefcount(e), e is str())
parts = "a,,b".split(",")
print(sys.getrefcount(e), parts[1] is e)
del parts
print(sys.getrefcount(e))
