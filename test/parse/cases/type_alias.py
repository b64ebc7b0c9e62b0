type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type = 5
print(type)
