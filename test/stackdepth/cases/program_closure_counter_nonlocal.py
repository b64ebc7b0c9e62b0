# nonlocal rebinds a variable that lives in a cell shared by the outer function and its closures.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc()
inc(5)
print(get(), len(inc.__closure__), inc.__closure__[0] is get.__closure__[0])
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print(inc.__closure__[0].cell_contents)
