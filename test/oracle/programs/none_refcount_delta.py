# 3.11: None is not immortal, each binding adds +1 (absolute value is environment dependent, so only the delta is ...
import sys
before = sys.getrefcount(None)
a = None
b = None
print(sys.getrefcount(None) - before)
