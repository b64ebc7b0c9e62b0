# gc.freeze() moves every tracked object to a permanent generation; 3.12 starts with some there already.
import gc

print(gc.get_freeze_count())
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
