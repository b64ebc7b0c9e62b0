# sys.argv: the script's path as given, no other arguments; a list the program can read and change
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
print(sys.getrefcount(sys.argv), sys.getsizeof(sys.argv))
sys.argv.append("x")
print(len(sys.argv), sys.argv[-1])
