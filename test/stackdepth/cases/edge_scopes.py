# Class bodies using enclosing variables, __class__, nested closures.
def factory(base, label):
    class Made(base):
        tag = label
        doubled = [label * 2 for _ in range(2)]

        def describe(self):
            return label + self.tag

        def sup(self):
            return super().describe()
    return Made


class Outer:
    def method(self):
        return lambda: super().method()

    def gen_super(self):
        return (super().method() for _ in range(2))

    def nested_def(self):
        def helper():
            return __class__
        return helper

    def uses_class(self):
        return __class__


class ClassLevelUse:
    __class__ = 'shadow'
    x = __class__


def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1


def free_in_class_method():
    x = 1

    class C:
        def m(self):
            return x
        x = 2
    return C


def cell_param(a, b):
    def use():
        return a, b
    return use


def comprehension_cells(items):
    return [lambda: x for x in items], {k: (lambda: k) for k in items}


def walrus_in_nested_comp(rows):
    return [[(last := c) for c in row] for row in rows], last


def global_in_nested():
    def inner():
        global GLOBAL_VALUE
        GLOBAL_VALUE = 1
    return inner
