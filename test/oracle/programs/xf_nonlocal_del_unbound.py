# reading or deleting a captured local after a nested function deleted it (nonlocal v; del v) raises UnboundLocalError, not the NameError of a free variable
def outer():
    v = [1]
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())
def outer_del():
    w = "x"
    def drop():
        nonlocal w
        del w
    drop()
    try:
        del w
    except NameError as e:
        print(type(e).__name__ + ":", e)
    def read():
        return w
    try:
        read()
    except NameError as e:
        print(type(e).__name__ + ":", e)
outer_del()
def late():
    def get():
        return value
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        print(value)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 1
    return get()
print(late())
def param_cell(p):
    def clear():
        nonlocal p
        del p
    clear()
    try:
        p
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
param_cell(3)
