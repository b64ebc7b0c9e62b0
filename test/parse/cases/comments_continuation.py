# leading comment
x = 1  # trailing comment

# comment between
y = (1 +  # comment inside parens
     2)
z = 1 + \
    2 + \
    3
if x and \
   y:
    pass
items = [
    1,  # one
    # standalone
    2,
]


def f():
    # comment in body
    return x  # trailing

    # comment at end of block
w = 3
    # oddly indented comment
v = 4
