# Local bound to an int constant inside a function run from a script: co_consts + AST arena + local + arg = 4.
import sys
def f():
    y = 1001
    return sys.getrefcount(y)
print(f())
