a = x if y else z
b = x if y else z if w else v
c = (x if y else z) + 1
if (n := len(data)) > 10:
    print(n)
while (line := read()):
    process(line)
d = [y for x in data if (y := f(x))]
print(total := 5)
e = lambda: (x := 1)
