# x = 1000 at module level when run as a script: global name + co_consts + AST arena (alive while the __main__ ...
import sys
x = 1000
print(sys.getrefcount(x))
