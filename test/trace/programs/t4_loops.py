acc = []
for i in range(5):
    row = [i] * 3
    acc.append(row)
total = 0
while total < 10:
    total = total + 3
last = acc[-1]
print(total, len(acc))
