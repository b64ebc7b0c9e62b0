# Accessing __dict__ materializes a real dict object, which is then also collected: 2.
import gc
class C:
    pass
gc.collect()
c = C()
c.me = c
c.__dict__
del c
print(gc.collect())
