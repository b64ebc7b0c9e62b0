# Constant defaults become one folded constant tuple of the enclosing code (merged between functions from 3.10).
import sys
def connect(host, port=8080, timeout=2.5, label='primary-db'):
    return host, port
print(sys.getrefcount(connect.__defaults__))
print([sys.getrefcount(x) for x in connect.__defaults__])
def retry(times=8080, delay=(1, 2)):
    return delay
print(sys.getrefcount(retry.__defaults__), sys.getrefcount(retry()))
def make_handler():
    def handler(event, verbose=False, level=123456):
        return level
    return handler
h1 = make_handler()
h2 = make_handler()
print(h1.__defaults__ is h2.__defaults__, sys.getrefcount(h1.__defaults__))
print(sys.getrefcount(h1()))
def first(x=123456): pass
def second(x=123456): pass
print(first.__defaults__ is second.__defaults__, sys.getrefcount(first.__defaults__))
def fresh(items=[], n=1):
    return items
print(sys.getrefcount(fresh.__defaults__), sys.getrefcount(fresh()))
del h1, first
print(sys.getrefcount(h2.__defaults__), sys.getrefcount(second.__defaults__))
