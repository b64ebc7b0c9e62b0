# The object bound by `with ... as x` is referenced by x; the context manager lives until the block ends.
import sys
class Session:
    def __init__(self):
        self.items = []
    def __enter__(self):
        return self.items
    def __exit__(self, *exc):
        self.items.append('closed')
        return False
    def __del__(self):
        print('session freed')
with Session() as items:
    items.append('work')
    print(sys.getrefcount(items))
print(items, sys.getrefcount(items))
s = Session()
with s:
    pass
print(s.items)
del s
print('end')
