# Reference counting frees an object (running __del__) as soon as its last reference disappears; no GC involved.
class D:
    def __del__(self):
        print('del called')
d = D()
e = d
print('before')
del d
print('after first del')
del e
print('after second del')
