# Set holds one reference per member.
import sys
o = object()
s = {o}
print(sys.getrefcount(o))
s.discard(o)
print(sys.getrefcount(o))
