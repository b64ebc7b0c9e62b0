# While `except ... as e` runs, e.__traceback__ keeps the failing function's frame and its locals alive.
class Big:
    def __del__(self):
        print('Big freed')
def explode():
    big = Big()
    raise ValueError('boom')
try:
    explode()
except ValueError as e:
    print('handling', e)
    print(e.__traceback__ is not None)
print('after except')
def quiet():
    try:
        explode()
    except ValueError:
        return 'swallowed'
print(quiet())
print('end')
