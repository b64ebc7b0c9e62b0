# gc.get_referents lists what tp_traverse visits: lists and tuples are visited from the last item to the first.
import gc

print(gc.get_referents([1, 2, 3]))
print(gc.get_referents((4, 5, 6)))
print(gc.get_referents([1], [2, 3]))
print(gc.get_referents({'a': 1, 'b': 2}))
