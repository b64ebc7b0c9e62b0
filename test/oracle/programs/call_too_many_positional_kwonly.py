# "takes N positional arguments but M were given" counts the keyword-only arguments passed too, and keyword errors come first.
def send(to, subject='', *, cc=None, bcc=None):
    return to, subject, cc
tries = [
    lambda: send('ann', 'hi', 'extra', cc='bob'),
    lambda: send('ann', 'hi', 'x', 'y', cc='bob', bcc='eve'),
    lambda: send('ann', 'hi', 'extra'),
    lambda: send('ann', 'hi', 'extra', colour='red'),
    lambda: send('ann', 'hi', 'extra', to='bob'),
    lambda: send(cc='bob'),
    lambda: (lambda a, *, k: a)(1, 2, k=3),
    lambda: (lambda *, k: k)(1, k=2),
    lambda: (lambda a, b=1, *, k: a)(1, 2, 3, k=4),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
