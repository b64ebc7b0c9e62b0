# try/except/else/finally: which blocks run when the body raises, and when it does not.
def attempt(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        return 'failed'
    else:
        print('else', r)
        return 'ok'
    finally:
        print('finally')
print(attempt(2))
print(attempt(0))
def finally_wins():
    try:
        return 'from try'
    finally:
        print('finally still runs')
print(finally_wins())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('cleanup', i)
