# Variable and function annotations.
x: int = 1
y: 'str'
names: list[str] = []
obj = object()


def annotated(a: int, b: str = 'x', *args: int, c: float = 1.0, **kw: dict) -> bool:
    return True


def ret_only() -> None:
    pass


def local_ann():
    z: int = 5
    w: str
    return z


class Model:
    id: int
    name: str = 'default'
    tags: list = []

    def method(self, other: 'Model') -> 'Model':
        return other


def complex_ann(a: dict[str, list[int]], b: tuple[int, ...] = ()) -> list[dict[str, int]]:
    return []
