# A collection moves objects a list or tuple holds behind their container, visiting the items last to first: that reorders shutdown's finalizers.
import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name)

group = [Resource('l0'), Resource('l1'), Resource('l2')]
pair = (Resource('t0'), Resource('t1'))
holder = Resource('holder')
holder.a = Resource('h0')
holder.b = Resource('h1')
loner = Resource('loner')
gc.collect()
print('end of script')
