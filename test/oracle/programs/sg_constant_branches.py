# Constants of a branch a constant test rules out: 3.8 leaves them out of co_consts, 3.10 and 3.11 keep them (unless they come last)
import sys
print(sys.getrefcount(12), sys.getrefcount(13))
if 0:
    zq = 12
while False:
    zq = 13
if 1:
    zq = 14
else:
    zq = 15
print(sys.getrefcount(12), sys.getrefcount(13), sys.getrefcount(14), sys.getrefcount(15))
print(zq, 'end')
