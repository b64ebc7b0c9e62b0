# A wrong keyword: builtins said "'k' is an invalid keyword argument" up to 3.12; 3.13 says "got an unexpected keyword argument" and suggests
def f(alpha, beta=2, *, gamma=3):
    return alpha + beta + gamma
calls = [
    lambda: f(1, betta=3), lambda: f(1, delta=3), lambda: sorted([], kye=1),
    lambda: print(1, sepp=""), lambda: round(1.5, ndigit=1), lambda: [].sort(revers=True),
    lambda: max([1], kee=1), lambda: "a,b".split(sepp=","), lambda: int("1", bse=2),
    lambda: enumerate([], star=1), lambda: int("1", 10, foo=1), lambda: sum(),
    lambda: sum(iterable=[1]),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
