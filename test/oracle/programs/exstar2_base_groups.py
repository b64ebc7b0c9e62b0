# except* (3.11+; a SyntaxError before) over a BaseExceptionGroup: Exception and KeyboardInterrupt parts, a naked KeyboardInterrupt wrapped in a BaseExceptionGroup, an uncaught group of SystemExit and KeyboardInterrupt (printed, exit status 1)
import sys
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* Exception as e:
    print(repr(e), type(e).__name__)
except* KeyboardInterrupt as k:
    print(repr(k), type(k).__name__)
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as k:
        print(repr(k), type(k).__name__)
        raise
except BaseExceptionGroup as b:
    print("bg", repr(b))
raise BaseExceptionGroup("exit", [SystemExit(3), KeyboardInterrupt()])
