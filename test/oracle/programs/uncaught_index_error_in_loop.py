# An IndexError raised inside a loop ends the script; __del__ of globals still runs at shutdown.
class Guard:
    def __del__(self):
        print('guard released')
g = Guard()
data = [10, 20, 30]
i = 0
while True:
    print(data[i])
    i += 1
