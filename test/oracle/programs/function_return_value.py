# A returned fresh object has no extra references after the call.
import sys
def mk():
    return []
x = mk()
print(sys.getrefcount(x))
