# With the collector disabled there is no collection before shutdown: finalizers run in allocation order.
import gc
gc.disable()

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name)

group = [Resource('l0'), Resource('l1')]
first = Resource('first')
first.me = first
last = Resource('last')
print('end of script')
