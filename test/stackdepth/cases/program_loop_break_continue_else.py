# for/while with break, continue and else: the else block runs only when the loop was not broken.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([4, 5, 6], 5)
find([4, 5, 6], 9)
odds = []
for n in range(10):
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print('collatz steps', steps)
k = 0
while True:
    k += 1
    if k * k > 50:
        break
print(k)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
