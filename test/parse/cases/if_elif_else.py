if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4

if a:
    pass
else:
    pass

if a: b = 1
if a:
    if b:
        pass
    else:
        pass
elif c:
    pass

if x == 1: y = 2
elif x == 2: y = 3
else: y = 4
