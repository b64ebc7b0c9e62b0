xs = [1, 2]
r = sorted(x for x in xs, reverse=True)
