# An uncaught KeyError: the traceback's last line shows the repr of the missing key.
stock = {'apple': 3, 'pear': 0}
for item in ['apple', 'pear']:
    print(item, stock[item])
print(stock['banana'])
