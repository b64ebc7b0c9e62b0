# collections triggered while X | Y builds its tuples and union (low gc thresholds), unions in cycles through classes, gc.get_referents
import sys, gc

if sys.version_info >= (3, 10):
    gc.collect()
    gc.set_threshold(3, 1, 1)
    made = []
    for i in range(40):
        made.append(int | str | float if i % 3 else (list[int] | None) | bytes)
    counts = gc.get_count()
    print(counts, made[-1], made[-2], len(made))
    del made
    gc.set_threshold(700, 10, 10)
    print(gc.collect())
    class Box:
        pass
    Box.hint = Box | None
    b = Box | int
    print(gc.get_referents(b)[0] == (Box, int), len(gc.get_referents(b)), gc.is_tracked(b.__args__))
    b.__parameters__
    print(len(gc.get_referents(b)), gc.is_tracked(b.__parameters__))
    del Box
    print(gc.collect(), b)
    del b
    print(gc.collect())
else:
    print("3.8")
