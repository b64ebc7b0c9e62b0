"""Module docstring."""


def f():
    """Function docstring."""
    return 1


def g():
    """Docstring then code."""
    x = [1, 2, 3]
    return x


class C:
    """Class docstring."""

    def m(self):
        """Method docstring."""


def not_a_docstring():
    x = 1
    """Just a string expression."""
    return x


def expr_statements(a):
    a
    1
    'text'
    a + 1
    None
    ...
    a.b
