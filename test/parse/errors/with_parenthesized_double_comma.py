with (
    open("x") as x,
    open("y"), ,
):
    pass
