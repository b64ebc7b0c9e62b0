# At shutdown __main__'s globals are one big cycle the collector frees: finalizers run in its list order, not name order.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('closing', self.name)

looped = Resource('looped')
looped.me = looped
plain = Resource('plain')
_private = Resource('_private')
print('end of script')
