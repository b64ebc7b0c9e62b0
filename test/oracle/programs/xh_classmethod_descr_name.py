# a classmethod descriptor's __name__ is its interned d_name (dict.fromkeys in the type dict)
import sys
d = dict.__dict__['fromkeys']
n = d.__name__
print(n, n is d.__name__, n is sys.intern('fromkeys'), d.__objclass__ is dict)
