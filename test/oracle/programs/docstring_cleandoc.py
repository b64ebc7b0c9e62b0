# 3.13 cleans docstrings at compile time (_PyCompile_CleanDoc): the indentation goes, tabs are expanded; earlier versions keep the literal.
"""
    Module doc.
        indented more
"""
import sys
class Shape:
    """
    A shape.

    It has an area.
    """
    def area(self):
        """  Return the area.
             Twice indented.
        """
        return 0
def f():
	"""Tab	doc
	second line"""
def g():
    """Already clean"""
def h():
    """  spaced"""
def k():
    """Ünïcode
       docstring"""
print(repr(__doc__))
print(repr(Shape.__doc__))
print(repr(Shape.area.__doc__))
print(repr(f.__doc__), repr(g.__doc__), repr(h.__doc__), repr(k.__doc__))
print(sys.getsizeof(Shape.__doc__), sys.getsizeof(k.__doc__), sys.getsizeof(f.__doc__))
print(h.__doc__ is sys.intern("spaced"))
print(sys.getrefcount(g.__doc__))
