class A:
    def f(self):
        return [
            x for x in range(3)
            if x > 1
        ]

    def g(self)
        pass
