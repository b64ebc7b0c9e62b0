x: int
y: int = 5
z: list[int] = []
(w): int = 1
obj.attr: str = "a"
arr[0]: float = 1.0
t: tuple = 1, 2
u: "forward"
def f():
    local: int = 0
    return local
