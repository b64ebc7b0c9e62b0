for i in range(10):
    if i == 5:
        break
    if i == 3:
        continue
else:
    done = True

while x > 0:
    x -= 1
else:
    pass

for a, b in pairs:
    pass

for (a, b), c in nested:
    pass

for [a, *rest] in items:
    pass

for x.attr in y:
    pass

for x[0] in y:
    pass

for i, in items:
    pass

while True:
    try:
        continue
    finally:
        break

for x in 1, 2, 3:
    pass

for x in *a, *b:
    pass
