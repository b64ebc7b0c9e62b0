# Counting live instances with __init__ and __del__: the count follows reference counting exactly.
class Tracked:
    live = 0
    def __init__(self):
        Tracked.live += 1
    def __del__(self):
        Tracked.live -= 1
objs = [Tracked() for _ in range(5)]
print(Tracked.live)
del objs[:2]
print(Tracked.live)
alias = objs[0]
objs.clear()
print(Tracked.live)
alias = None
print(Tracked.live)
def scoped():
    t = Tracked()
    return Tracked.live
print(scoped(), Tracked.live)
