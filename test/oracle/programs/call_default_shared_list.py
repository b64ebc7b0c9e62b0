# A mutable default is created once and shared by every call: it lives in f.__defaults__.
import sys
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
first = append_to(1)
second = append_to(2)
print(first, second, first is second)
print(sys.getrefcount(first))
print(append_to.__defaults__[0] is first)
def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))
