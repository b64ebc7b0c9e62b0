# 3.11: instance with un-materialized managed __dict__ in a self cycle counts as 1 object (3.8/3.10 count 2 ...
import gc
class C:
    pass
gc.collect()
c = C()
c.me = c
del c
print(gc.collect())
