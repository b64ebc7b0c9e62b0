# an exception group raised in __del__ (3.11+; except* a SyntaxError before): "Exception ignored" prints it as any exception, its str() without members or chain
class D:
    def __del__(self):
        try:
            raise ValueError(1)
        except* ValueError:
            raise ExceptionGroup("in del", [KeyError(2), TypeError(3)])
d = D()
del d
print("after")
class E:
    def __del__(self):
        raise ExceptionGroup("plain", [KeyError(2)])
e = E()
del e
print("end")
