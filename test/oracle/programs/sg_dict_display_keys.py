# A dict display's constant keys: several in a run are one constant tuple (BUILD_CONST_KEY_MAP), a lone one is a constant of its own
import sys
d = {'p': 2}
print(sys.getrefcount('j'), sys.getrefcount('k'), sys.getrefcount('v'))
e = {'j': 3, **d, 'k': 4, 'v': 5}
print(sys.getrefcount('j'), sys.getrefcount('k'), sys.getrefcount('v'), sys.getrefcount('p'))
f = {'k': 6}
print(sys.getrefcount('k'), sorted(e), f)
del d, e, f
print(sys.getrefcount('j'), sys.getrefcount('k'), sys.getrefcount('v'), sys.getrefcount('p'))
