# An uncaught RecursionError from a recursion that prints at every level: where it stops (print needs levels of its own) and the traceback's "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(300)
def descend(level):
    print("level", level)
    descend(level + 1)
descend(1)
