# Identifier-like str constant at module level: name + co_consts + AST arena + arg = 4 (3.11; interned but mortal).
import sys
s = 'abc_def'
print(sys.getrefcount(s))
