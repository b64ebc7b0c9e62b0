"""Module with postponed annotations."""
from __future__ import annotations

value: int = 3


def f(a: list[int], b: dict[str, int] = None) -> tuple[int, ...]:
    return tuple(a)


class K:
    attr: K
    other: list[K] = []

    def m(self, x: K) -> K:
        return x
