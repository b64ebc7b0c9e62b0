# Class attribute is held by the class __dict__.
import sys
class K:
    attr = []
print(sys.getrefcount(K.attr))
k = K()
print(sys.getrefcount(k.attr))
