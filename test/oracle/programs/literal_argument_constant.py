# Passing a literal directly: co_consts + AST arena + arg = 3.
import sys
print(sys.getrefcount(123456))
