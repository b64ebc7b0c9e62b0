# A class's 1-char name: the parser's identifier, the enclosing code's constants and name tuple, the class body's name and qualified name, and the class object
import sys
print(sys.getrefcount('K'), sys.getrefcount('Q'))
class K:
    pass
print(sys.getrefcount('K'), sys.getrefcount('Q'))
class Q(K):
    def m(self):
        return 3
print(sys.getrefcount('K'), sys.getrefcount('Q'), sys.getrefcount('m'))
del Q
print(sys.getrefcount('Q'), sys.getrefcount('m'))
