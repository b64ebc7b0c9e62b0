# **kwargs builds a new dict inside the call; the value is referenced by the caller and by that dict.
import sys
def show(**kwargs):
    return sys.getrefcount(kwargs['v'])
def count_args(*args):
    return len(args)
data = []
print(show(v=data))
print(sys.getrefcount(data))
print(count_args(data, data, data))
print(sys.getrefcount(data))
