class A:
    pass


class B(A):
    """Docstring for B."""

    x = 1

    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v

    @staticmethod
    def s():
        return 0

    @classmethod
    def c(cls):
        return cls


class C(A, B, metaclass=Meta):
    y: int = 0
    z: str


class D(*bases, **kw):
    class Inner:
        pass


class E():
    pass
