# del d[key] removes both the key's and the value's reference; a missing key raises KeyError.
import sys
key = ''.join(['ke', 'y'])
val = [1, 2]
d = {key: val}
print(sys.getrefcount(key), sys.getrefcount(val))
del d[key]
print(sys.getrefcount(key), sys.getrefcount(val))
try:
    del d[key]
except KeyError as e:
    print('KeyError', e)
d[key] = val
print(d.get('nope'), d.get('nope', 0), d.setdefault('n', 5), d)
print(sys.getrefcount(key), sys.getrefcount(val))
