# An uncaught TypeError from mixing str and int.
items = ['a', 'b']
count = len(items)
print('count is ' + str(count))
print('count is ' + count)
