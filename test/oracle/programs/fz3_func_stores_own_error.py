# a function that stores its own exception: function -> exception -> traceback -> frame -> function
import gc
class Tag:
    def __del__(self): print('tag freed')
def failing():
    t = Tag()
    try:
        1 / 0
    except ZeroDivisionError as e:
        failing.last_error = e
gc.collect()
failing()
print(type(failing.last_error).__name__)
del failing
print(gc.collect())
