"""Module docstring.

Spans lines.
"""


def f():
    """Function docstring."""
    return 1


class C:
    '''Class docstring'''

    def m(self):
        r"""Raw docstring \n"""


def g():
    "single-quoted docstring"
    x = 1
    "not a docstring but still an Expr"
    return x
