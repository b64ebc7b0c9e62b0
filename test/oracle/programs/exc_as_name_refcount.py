# An exception object keeps its arguments alive; `except E as e` deletes e at the end of the block.
import sys
payload = []
def fail():
    raise ValueError(payload)
print(sys.getrefcount(payload))
try:
    fail()
except ValueError as e:
    print(e.args[0] is payload)
    print(sys.getrefcount(payload))
print(sys.getrefcount(payload))
try:
    print(e)
except NameError:
    print('e is unbound after the except block')
saved = None
try:
    raise KeyError(payload)
except KeyError as err:
    saved = err
print(sys.getrefcount(payload))
saved = None
print(sys.getrefcount(payload))
