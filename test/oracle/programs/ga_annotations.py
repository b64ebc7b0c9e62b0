# builtin generics in annotations (3.9+ list[int], dict[str, int]): what evaluating them costs
import sys, gc

if sys.version_info >= (3, 9):
    gc.collect()
    c0 = gc.get_count()

    def mean(values: list[float], weights: dict[str, float] = None) -> float:
        return sum(values) / len(values)

    c1 = gc.get_count()
    ann = mean.__annotations__
    print(len(ann), sorted(ann))
    print(ann['values'] == list[float], ann['weights'] == dict[str, float], ann['return'] is float)
    print(sys.getrefcount(ann['values']), sys.getrefcount(ann['values'].__args__))
    print(sys.getsizeof(ann['values']), gc.is_tracked(ann['values']))

    class Inventory:
        items: dict[str, int]
        tags: set[str] = set()

        def add(self, name: str, count: int = 1) -> tuple[str, int]:
            return (name, count)

    print(len(Inventory.__annotations__), Inventory.__annotations__['items'].__origin__ is dict)
    print(Inventory().add('x'))
    totals: list[tuple[str, int]] = []
    print(__annotations__['totals'].__args__[0].__args__)
    del mean, ann
    print(gc.collect())
    print(gc.collect())
else:
    print('list[int] needs 3.9')
